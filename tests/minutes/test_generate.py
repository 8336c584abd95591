"""Minutes from the database: versions, approval locks, what changed since, the report back."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from desktop.core.demo import create_demo
from desktop.core.errors import ValidationError
from desktop.core.services import commitments, minutes_versions, opinions, owners
from desktop.minutes.generate import minutes_content as collect_minutes
from desktop.minutes.generate import collect_report_back, generate_minutes, write_report_back

@pytest.fixture
def demo(db):
    return create_demo(db, "zh")


def all_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_collected_content_matches_the_record(db, demo) -> None:
    content = collect_minutes(db, demo.id)
    assert content.title == demo.title and content.lang == "zh"
    assert len(content.appendix) == 8 and len(content.commitments) == 4
    assert [s.title for s in content.agenda][0] == "上次恳谈会承诺事项办理情况通报"
    floor = content.agenda[2]
    assert len(floor.opinions) == 6 and floor.opinions[0].support_count == 23
    assert floor.opinions[0].reply_by == "陈建国"
    assert content.stats.turns == 6 and content.stats.citizens_minutes > 0
    assert {line.unit for line in content.present} >= {"居民代表", "街道城市管理办公室"}
    assert content.present[0].names == ("街道党工委副书记陈建国",)  # leaders first
    linked = {c.title: c.linked_opinions for c in content.commitments}
    numbers = {e.text[:6]: e.number for e in content.appendix}
    assert linked["组织7号楼加装电梯住户协调会"] == (numbers["7号楼住着很"],)


def test_versions_approval_lock_and_changes(db, demo, tmp_path: Path) -> None:
    first = generate_minutes(db, demo.id, style="official", public=False, out=tmp_path / "m.docx")
    assert first.version.version == 1 and first.changes == ()
    assert "枫林社区2026年第四季度民情恳谈会" in all_text(first.result.path)
    minutes_versions.approve(db, first.version.id, "陈建国")
    with pytest.raises(ValidationError, match="never written over"):
        generate_minutes(db, demo.id, style="official", public=False, out=tmp_path / "m.docx")
    added = opinions.create_opinion(db, demo.id, "会后补充：希望增设休息座椅")
    c = commitments.list_commitments(db, demo.id)[0]
    commitments.add_progress(db, c.id, "进展")  # not shown in the minutes: no change
    commitments.set_status(db, c.id, "in_progress")
    second = generate_minutes(db, demo.id, style="plain", public=False, out=tmp_path / "m2.docx")
    assert second.version.version == 2
    assert "第9条意见：新增" in second.changes and added.id
    number = 1 + [x.id for x in commitments.list_commitments(db, demo.id)].index(c.id)
    assert f"第{number}项承诺事项：办理状态已修改" in second.changes
    assert (tmp_path / "m.docx").exists()  # the approved file is untouched
    assert minutes_versions.list_versions(db, demo.id)[0].sha256 == first.result.sha256


def test_public_version_hides_citizens_and_numbers(db, demo, tmp_path: Path) -> None:
    made = generate_minutes(db, demo.id, style="official", public=True, out=tmp_path / "p.docx",
                            naming_style="letter")
    with zipfile.ZipFile(made.result.path) as package:
        xml = "".join(package.read(n).decode("utf-8", "ignore") for n in package.namelist()
                      if n.endswith(".xml"))
    for secret in ("13800138000", "张桂兰", "李志强"):
        assert secret not in xml
    assert "138****8000" in xml and "陈建国" in xml  # officials keep their names


def test_report_back_lists_dispositions_and_commitments(db, demo, tmp_path: Path) -> None:
    from desktop.core.services import dispositions

    first = opinions.list_opinions(db, demo.id)[0]
    dispositions.set_disposition(db, first.id, "not_adopted", reason="超出街道职权，已转区级部门研究")
    content = collect_report_back(db, demo.id)
    assert len(content.items) == 8
    assert content.items[0].disposition_label == "不予采纳"
    assert any(topic.done for topic in content.topics)
    result = write_report_back(db, demo.id, tmp_path / "rb.docx")
    text = all_text(result.path)
    assert "超出街道职权" in text and "张桂兰" not in text and "13800138000" not in text


def test_cli_minutes_report_back_and_approve(tmp_path: Path) -> None:
    from tests.test_cli import run as cli

    run = lambda *a: cli(*a, "--db", str(tmp_path / "d.db"))  # noqa: E731
    assert run("demo", "--lang", "en").returncode == 0
    made = run("minutes", "1", "--style", "plain", "--out", str(tmp_path / "m.docx"))
    assert made.returncode == 0, made.stderr
    assert "version 1 (id 1, draft, internal)" in made.stdout
    assert "Riverside Ward community forum" in all_text(tmp_path / "m.docx")
    assert run("approve", "1", "--by", "Helen Carter").returncode == 0
    again = run("minutes", "1", "--out", str(tmp_path / "m.docx"))
    assert again.returncode == 2 and "never written over" in again.stderr and "m (2).docx" in again.stderr
    bad = tmp_path / "letterhead.docx"
    bad.write_text("not a zip")
    refused = run("minutes", "1", "--style", f"template:{bad}", "--out", str(tmp_path / "t.docx"))
    assert refused.returncode == 2 and "--fallback-plain" in refused.stderr
    assert not (tmp_path / "t.docx").exists()
    fallback = run("minutes", "1", "--style", f"template:{bad}", "--fallback-plain",
                   "--out", str(tmp_path / "t.docx"))
    assert fallback.returncode == 0 and (tmp_path / "t.docx").exists()
    rb = run("report-back", "1", "--out", str(tmp_path / "rb.docx"))
    assert rb.returncode == 0 and "Margaret Hill" not in all_text(tmp_path / "rb.docx")


def test_owners_of_commitments_appear(db, demo) -> None:
    content = collect_minutes(db, demo.id)
    names = {o.name for o in owners.list_owners(db)}
    assert {row.owner for row in content.commitments} <= names


def test_draft_minutes_carry_an_approval_block_to_sign(db, demo, tmp_path: Path) -> None:
    made = generate_minutes(db, demo.id, style="official", public=False, out=tmp_path / "d.docx")
    text = all_text(made.result.path)
    assert "本纪要尚未审定" in text and "审定（签字）" not in text  # a 纪要 has no signature block
