"""Bad input from the record: the documents are still correct and complete."""
from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from desktop.core.services import agenda, opinions, sessions
from desktop.minutes import TemplateStyle
from desktop.minutes.generate import generate_minutes, write_report_back

from .records import NOW
from .test_record import text_of

WHEN = datetime(2026, 11, 18, 6, 30, tzinfo=UTC)


@pytest.mark.parametrize("style", ["official", "plain"])
@pytest.mark.parametrize("public", [False, True])
def test_a_session_with_nothing_recorded(db, tmp_path, style, public):
    s = sessions.create_session(db, "空白恳谈会", WHEN, organisation="青石街道办事处")
    made = generate_minutes(db, s.id, style=style, public=public, out=tmp_path / "m.docx", now=NOW)
    text = text_of(made.result.path)
    assert "空白恳谈会" in text and "一、会议议程" in text and "意见汇总表" in text
    assert "议题讨论情况" not in text and "本议题未收到意见建议" not in text
    assert "本次会议参会0人" in text and "附件：意见汇总表（共0条）" in text
    report = write_report_back(db, s.id, tmp_path / "r.docx", now=NOW)
    assert "本期无办理事项。" in text_of(report.path)


def test_long_titles_and_one_megabyte_opinions(db, tmp_path):
    s = sessions.create_session(db, "青石社区民情恳谈会", WHEN, organisation="青石街道办事处")
    long_title = ("关于老旧小区加装电梯" * 30)[:300]
    item = agenda.add_item(db, s.id, long_title, kind="deliberation")
    huge = "我家住7号楼，电话13800138000。" + "楼道太暗，希望装灯。" * 100_000
    assert len(huge.encode("utf-8")) > 1_000_000
    for n in range(2):
        opinions.create_opinion(db, s.id, huge, agenda_item_id=item.id, speaker_label=f"{n + 3}号楼居民",
                                tags=["照明"])
    made = generate_minutes(db, s.id, style="official", public=False, out=tmp_path / "m.docx", now=NOW)
    document = docx.Document(str(made.result.path))
    texts = [p.text for p in document.paragraphs]
    assert long_title in "".join(texts)  # the agenda line and the heading keep the whole title
    topic = next(t for t in texts if t.startswith("关于照明，"))
    assert len(topic) < 300 and "13800138000" not in topic  # the body tells the gist
    appendix = next(t for t in document.tables if t.rows[0].cells[1].text == "提出人")
    assert appendix.rows[1].cells[4].text.count("楼道太暗") == 100_000  # the attachment keeps all


def _template_with_phone_and_comment(path: Path) -> Path:
    template = docx.Document()
    template.sections[0].header.paragraphs[0].add_run("青石街道办事处  电话：0571-87654321")
    run = template.add_paragraph("模板正文").add_run("请在此处填写")
    template.add_comment(run, text="作者批注：这是内部备注", author="模板作者", initials="MB")
    template.save(path)
    return path


def test_template_comments_and_thumbnail_are_not_carried(db, tmp_path):
    from .records import known_session

    known = known_session(db)
    template = _template_with_phone_and_comment(tmp_path / "letterhead.docx")
    with zipfile.ZipFile(template) as package:
        names = set(package.namelist())
    assert "word/comments.xml" in names and "docProps/thumbnail.jpeg" in names  # the template has both
    made = generate_minutes(db, known.session_id, style=TemplateStyle(template), public=False,
                            out=tmp_path / "m.docx", now=NOW)
    with zipfile.ZipFile(made.result.path) as package:
        names = set(package.namelist())
        xml = "".join(package.read(n).decode("utf-8", "ignore") for n in names if n.endswith((".xml", ".rels")))
    assert "word/comments.xml" not in names and not any("thumbnail" in n for n in names)
    assert "作者批注" not in xml and "commentReference" not in xml and "模板作者" not in xml
    header = docx.Document(str(made.result.path)).sections[0].header.paragraphs[0].text
    assert "电话：0571-87654321" in header  # the letterhead itself is kept
    text = text_of(made.result.path)
    assert "现场共有6人发言6人次" in text and "会议议定：" in text  # and the minutes are complete
