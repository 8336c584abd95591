"""The plain style in Chinese and English: real heading styles, repeated table headers, labels."""
from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from desktop.minutes import build_minutes
from desktop.minutes.labels import EN, ZH

from .conftest import find_table, reopen


@pytest.fixture(scope="module")
def plain_zh(zh_content):
    return reopen(build_minutes(zh_content, "plain"))


@pytest.fixture(scope="module")
def plain_en(en_content):
    return reopen(build_minutes(en_content, "plain"))


def styled(document, name):
    return [p.text for p in document.paragraphs if p.style.name == name]


def test_label_dicts_have_the_same_keys():
    assert ZH.keys() == EN.keys()


def test_plain_zh_structure(plain_zh, zh_content):
    assert [t.replace("\n", "") for t in styled(plain_zh, "Title")] == [zh_content.title]
    assert styled(plain_zh, "Heading 1") == ["一、会议议程", "二、议题讨论情况", "三、承诺事项", "四、发言统计",
                                             "附件：意见汇总表"]
    assert styled(plain_zh, "Heading 2")[0] == "（一）关于上次会议承诺事项办理情况通报"
    texts = [p.text for p in plain_zh.paragraphs]
    assert any(t.startswith("出席：区住房和城乡建设委员会 赵志刚") for t in texts)
    present = next(p for p in plain_zh.paragraphs if p.text.startswith("出席："))
    assert present.runs[0].bold and present.runs[0].text == "出席："
    appendix = find_table(plain_zh, "序号", "提出人")
    assert len(appendix.rows) - 1 == len(zh_content.appendix)


def test_plain_en_labels_and_numbering(plain_en, en_content):
    assert styled(plain_en, "Title") == [en_content.title]
    assert styled(plain_en, "Heading 1") == ["1. Agenda", "2. Discussion", "3. Commitments",
                                             "4. Speaking statistics", "Appendix: All opinions"]
    assert styled(plain_en, "Heading 2")[:2] == ["2.1 Report back on last session's commitments",
                                                 "2.2 Lifts for old buildings"]
    texts = [p.text for p in plain_en.paragraphs]
    assert any(t.startswith("Present: District Housing Commission Zhigang Zhao") for t in texts)
    assert any("Zhigang Zhao (District Housing Commission) replied on the spot: " in t for t in texts)
    assert any("raised that" in t for t in texts)  # the same structure: by topic, reported speech
    assert not any(ord(c) >= 0x2E80 for t in texts for c in t), "Chinese caption in English minutes"
    table = find_table(plain_en, "No.", "Commitment")
    assert [c.text for c in table.rows[0].cells] == ["No.", "Commitment", "Owner", "Due", "Opinions"]
    assert table.rows[1].cells[3].text == "23 December 2026"


def test_tables_repeat_their_header_row(plain_zh):
    assert len(plain_zh.tables) == 3
    for table in plain_zh.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert table.style.name == "Table Grid"


def test_fonts_on_both_slots_without_theme_fonts(plain_zh):
    styles = plain_zh.styles.element
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert defaults.get(qn("w:eastAsia")) == "等线" and defaults.get(qn("w:ascii")) == "Calibri"
    for style_id in ("Heading1", "Title", "Normal"):
        style = next(s for s in styles.iterchildren(qn("w:style")) if s.get(qn("w:styleId")) == style_id)
        rfonts = style.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert rfonts.get(qn("w:eastAsia")) == "等线"
    assert not any(attr.endswith("Theme") or attr.endswith("theme")
                   for rfonts in styles.iter(qn("w:rFonts")) for attr in rfonts.attrib)


def test_page_setup_and_running_header(plain_zh):
    section = plain_zh.sections[0]
    assert section.page_width.mm == pytest.approx(210, abs=0.05)
    assert section.left_margin.mm == pytest.approx(25, abs=0.05)
    assert section.header.paragraphs[0].text == "滨河街道办事处　民情恳谈会纪要"
    footer = "".join(section.footer._element.itertext())
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_unknown_styles_are_refused(zh_content):
    with pytest.raises(ValueError):
        build_minutes(zh_content, "fancy")
    with pytest.raises(ValueError):
        build_minutes(zh_content, "plain", naming_style="initials")
