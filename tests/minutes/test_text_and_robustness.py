"""Text helpers, and hostile text (HTML, control characters, emoji, RTL marks, 1 MB) written safely."""
from __future__ import annotations

import dataclasses
import io

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.minutes import build_minutes
from desktop.minutes.ooxml import run_xml, set_run_font
from desktop.minutes.text import Numbering, balance_lines, chinese_numeral, clean_text, format_date, format_minutes

from .conftest import all_text, find_table, reopen


@pytest.mark.parametrize("n, expected", [
    (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"), (99, "九十九"),
    (100, "一百"), (101, "一百零一"), (110, "一百一十"), (1001, "一千零一"), (1010, "一千零一十"),
    (10000, "一万"), (10001, "一万零一"), (100000, "十万"), (20005, "二万零五"), (100000001, "一亿零一"),
])
def test_chinese_numerals(n, expected):
    assert chinese_numeral(n) == expected


def test_chinese_numerals_are_distinct():
    seen = {chinese_numeral(n) for n in range(1, 3000)}
    assert len(seen) == 2999


def test_numbering_resets_lower_levels():
    zh = Numbering("zh")
    assert [zh.next(1), zh.next(2), zh.next(3), zh.next(4), zh.next(4), zh.next(2), zh.next(3), zh.next(1)] == \
        ["一、", "（一）", "1.", "（1）", "（2）", "（二）", "1.", "二、"]
    en = Numbering("en")
    assert [en.next(1), en.next(2), en.next(2), en.next(3), en.next(1), en.next(2)] == \
        ["1. ", "1.1 ", "1.2 ", "1.2.1 ", "2. ", "2.1 "]
    for _ in range(10):
        zh.next(1)
    assert zh.next(1) == "十三、"


def test_dates_and_minutes():
    import datetime as dt

    assert format_date(dt.date(2026, 1, 5), "zh") == "2026年1月5日"
    assert format_date(dt.date(2026, 11, 23), "en") == "23 November 2026"
    assert format_minutes(12.0) == "12" and format_minutes(12.46) == "12.5"


def test_balance_lines():
    assert balance_lines("关于老旧小区加装电梯、停车和夜市管理的民情恳谈会", 20) == \
        ["关于老旧小区加装电梯、", "停车和夜市管理的民情恳谈会"]
    assert balance_lines("民情恳谈会纪要", 20) == ["民情恳谈会纪要"]
    assert balance_lines("An English title that is rather long for one line", 20) == \
        ["An English title that is rather long for one line"]


def test_clean_text_removes_only_what_xml_forbids():
    dirty = "a\x00b\x08c\x0bd\x0ce\x1ff\ud800g\udfffh\ufffei\r\nj\rk\tl"
    assert clean_text(dirty) == "abcdefghi\nj\nk\tl"
    kept = "<b>加粗</b> &amp; 😀 \u200f\u202eRTL\u202c 🇨🇳"
    assert clean_text(kept) == kept


def test_set_run_font_sets_east_asian_slot_and_drops_theme_fonts():
    document = docx.Document()
    run = document.add_paragraph().add_run("仿宋")
    run._r.get_or_add_rPr().get_or_add_rFonts().set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsiaTheme", "minorEastAsia")
    set_run_font(run, "仿宋", "Times New Roman")
    rfonts = run._r.rPr.rFonts
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    assert rfonts.get(f"{w}eastAsia") == "仿宋" and rfonts.get(f"{w}ascii") == "Times New Roman"
    assert rfonts.get(f"{w}eastAsiaTheme") is None


HOSTILE = [
    "<script>alert('x')</script><b>不是粗体</b> & &amp; ]]>",
    "控制\x00字\x01符\x07与\x0b换\x0c页\x1b",
    "孤立代理\ud83d项",
    "表情😀👍🏽🇨🇳 和 RTL \u200f\u202eمرحبا\u202c",
    "多行\n第二行\r\n第三行\t制表",
    "   前后空格   ",
]


@pytest.mark.parametrize("style", ["official", "plain"])
def test_hostile_text_is_written_as_plain_text(zh_content, style):
    opinions = tuple(dataclasses.replace(o, text=HOSTILE[i % len(HOSTILE)], speaker=HOSTILE[(i + 1) % len(HOSTILE)])
                     for i, o in enumerate(zh_content.appendix))
    content = dataclasses.replace(zh_content, appendix=opinions, title=HOSTILE[0],
                                  agenda=(dataclasses.replace(zh_content.agenda[0], opinions=opinions[:6]),))
    document = reopen(build_minutes(content, style))
    table = find_table(document, "序号", "提出人")
    texts = [row.cells[4].text.split("\n标签")[0].split("（")[0] for row in table.rows[1:]]
    assert "<script>alert('x')</script><b>不是粗体</b> & &amp; ]]>" in texts
    assert "控制字符与换页" in texts
    assert "孤立代理项" in texts
    assert "表情😀👍🏽🇨🇳 和 RTL \u200f\u202eمرحبا\u202c" in texts
    assert "多行\n第二行\n第三行\t制表" in texts
    assert "   前后空格   " in texts


def test_one_megabyte_opinion(zh_content):
    huge = ("加装电梯" * 300 + "\n") * 300
    assert len(huge.encode("utf-8")) > 1_000_000
    opinion = dataclasses.replace(zh_content.appendix[0], text=huge, tags=())
    content = dataclasses.replace(zh_content, appendix=(opinion,),
                                  agenda=(dataclasses.replace(zh_content.agenda[0], opinions=(opinion,)),))
    document = reopen(build_minutes(content, "official"))
    cell = find_table(document, "序号", "提出人").rows[1].cells[4].text
    assert cell.startswith("加装电梯加装电梯") and cell.count("加装电梯") == 300 * 300
    # the body tells the gist only: the attachment keeps the opinion in full
    from desktop.minutes.content import TopicGroup
    from desktop.minutes.summarise import GIST_CHARS, gist

    topic = TopicGroup(title="加装电梯", people=1, points=(gist(huge, "zh"),), numbers=(1,))
    content = dataclasses.replace(content, agenda=(dataclasses.replace(content.agenda[0], topics=(topic,)),))
    document = reopen(build_minutes(content, "official"))
    body = next(p.text for p in document.paragraphs if p.text.startswith("关于加装电梯，"))
    assert len(body) < 2 * GIST_CHARS + 40 and body.count("加装电梯") >= 2


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=0, max_size=200))
def test_any_text_builds_a_valid_document(zh_content, text):
    opinion = dataclasses.replace(zh_content.appendix[0], text=text, reply_text=text, speaker=text)
    content = dataclasses.replace(zh_content, title=text or "标题", appendix=(opinion,), agenda=(),
                                  commitments=(), cc=(text,))
    buffer = io.BytesIO()
    build_minutes(content, "plain").save(buffer)
    buffer.seek(0)
    document = docx.Document(buffer)
    assert clean_text(text) in all_text(document)


def test_run_xml_escapes():
    assert run_xml("a<b>&c") == '<w:r><w:t xml:space="preserve">a&lt;b&gt;&amp;c</w:t></w:r>'
    assert run_xml("") == ""
