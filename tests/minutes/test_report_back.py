"""The report back ("you said, we did"): per topic what was raised, answered and done."""
from __future__ import annotations

import dataclasses

from desktop.minutes import build_report_back
from desktop.minutes.content import ReportBackContent
from desktop.minutes.report_back import SUMMARY_CHARS

from .conftest import find_table, reopen


def test_report_back_table(zh_report):
    document = reopen(build_report_back(zh_report))
    table = find_table(document, "序号", "群众反映")
    assert [c.text for c in table.rows[0].cells] == ["序号", "群众反映", "答复及处理", "办理情况"]
    assert len(table.rows) - 1 == len(zh_report.topics)
    first = [c.text for c in table.rows[1].cells]
    assert first[0] == "1"
    assert first[1].startswith("加装电梯：5号楼居民反映")
    assert "139" not in first[1]  # the gist leaves the phone number out
    assert first[2].startswith("区住建委已将5号楼列入")
    assert first[3].startswith("制定5号楼加装电梯实施方案")
    assert "街道城建科，时限：2026年12月23日，办理中" in first[3]  # dates as 2026年12月23日
    assert "进展：已入户征求意见32户，同意29户。" in first[3]
    no_commitment = next(row for row in table.rows[1:] if row.cells[3].text == "无")
    assert no_commitment is not None
    title = [p.text.replace("\n", "") for p in document.paragraphs if p.style.name == "Title"]
    assert title == [zh_report.title]
    intro = next(p.text for p in document.paragraphs if p.text.startswith("2026年11月23日召开的"))
    assert "共收到群众意见建议8条" in intro


def test_summary_counts_computed_or_given(zh_report):
    given = dataclasses.replace(zh_report, summary=(("采纳", 99),))
    assert given.summary_counts() == (("采纳", 99),)
    computed = dataclasses.replace(zh_report, summary=())
    assert sum(n for _label, n in computed.summary_counts()) == len(zh_report.items)


def test_long_lines_are_cut(zh_report):
    topic = zh_report.topics[0]
    long_topic = dataclasses.replace(topic, raised="很长的意见" * 500)
    document = reopen(build_report_back(dataclasses.replace(zh_report, topics=(long_topic,))))
    said = find_table(document, "序号", "群众反映").rows[1].cells[1].text
    assert said.endswith("……") and len(said) < SUMMARY_CHARS + 20


def test_english_and_empty_report_back():
    from tests.minutes.samples import sample_report_back

    document = reopen(build_report_back(sample_report_back("en")))
    table = find_table(document, "No.", "You said")
    assert table.rows[1].cells[1].text.startswith("lifts: resident, building 5 raised: ")
    empty = ReportBackContent(lang="zh", org_name="滨河街道办事处", title="通报", period="2026年12月")
    texts = [p.text for p in reopen(build_report_back(empty)).paragraphs]
    assert "本期无办理事项。" in texts
