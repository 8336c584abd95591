"""The official style (GB/T 9704-2012 as quoted in GUIDE §4), read back with python-docx."""
from __future__ import annotations

import re

import pytest
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from desktop.minutes import build_minutes
from desktop.minutes.official import CHAR_TWIPS, FONTS, LINE_TWIPS

from .conftest import all_text, find_table, package_parts, reopen


@pytest.fixture(scope="module")
def official(zh_content):
    return reopen(build_minutes(zh_content, "official"))


def paragraphs_with_style(document, style_name):
    return [p for p in document.paragraphs if p.style is not None and p.style.name == style_name]


def test_page_is_a4_with_gbt_margins(official):
    section = official.sections[0]
    assert section.page_width.mm == pytest.approx(210, abs=0.05)
    assert section.page_height.mm == pytest.approx(297, abs=0.05)
    assert section.top_margin.mm == pytest.approx(37, abs=0.05)
    assert section.bottom_margin.mm == pytest.approx(35, abs=0.05)
    assert section.left_margin.mm == pytest.approx(28, abs=0.05)
    assert section.right_margin.mm == pytest.approx(26, abs=0.05)
    # python-docx stores twips; 37 mm is 2098 twips = 1332230 EMU
    assert section._sectPr.find(qn("w:pgMar")).get(qn("w:top")) == "2098"


def test_22_lines_of_28_characters_fit_the_type_area():
    type_area_pt = (297 - 37 - 35) / 25.4 * 72
    assert 22 * LINE_TWIPS / 20 <= type_area_pt < 23 * LINE_TWIPS / 20
    line_pt = (210 - 28 - 26) / 25.4 * 72
    assert 28 * CHAR_TWIPS / 20 <= line_pt < 29 * CHAR_TWIPS / 20


def test_mark_is_red_centred_22pt_and_title_follows(official, zh_content):
    texts = [p.text for p in official.paragraphs]
    mark = next(p for p in official.paragraphs if p.text == "滨河街道办事处民情恳谈会纪要")  # organisation + kind
    run = mark.runs[0]
    assert run.font.color.rgb == RGBColor(0xFF, 0x00, 0x00)
    assert run.font.size == Pt(22)
    assert mark.alignment == 1 or mark.paragraph_format.alignment == 1  # centre
    assert run._r.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    title = next(p for p in official.paragraphs if p.text.replace("\n", "") == zh_content.title)
    assert title.style.name == "Title"
    assert texts.index(mark.text) < texts.index(title.text)
    # balanced title: two lines of about the same length
    lines = title.text.split("\n")
    assert len(lines) == 2 and abs(len(lines[0]) - len(lines[1])) <= 3


def test_date_in_arabic_numerals(official):
    text = all_text(official)
    assert "2026年11月23日" in text
    assert "二〇二六" not in text


def test_facts_and_attendance_lines(official):
    texts = [p.text for p in official.paragraphs]
    assert any(t.startswith("时间：2026年11月23日（星期一） 14:30—17:00") for t in texts)
    assert "地点：滨河社区党群服务中心三楼会议室" in texts
    assert "主持：周海涛（滨河街道办事处副主任）、马红梅（滨河社区党委书记）" in texts
    assert "记录：刘晓雯（街道党政办）" in texts
    present = next(p for p in official.paragraphs if p.text.startswith("出席："))
    assert present.text == ("出席：区住房和城乡建设委员会 赵志刚；滨河街道办事处 周海涛、钱伟、吴强、刘晓雯；"
                            "滨河社区党委、居委会 马红梅、孙晓燕；居民代表 王秀兰、李建国、张桂芳、陈静、赵德明、孙丽、马国庆")
    # (the record's own attendance lines — leaders first, residents by number — are checked in
    # tests/minutes/test_record.py; here the writer shows the lines it was given)
    label, names = present.runs[0], present.runs[1]
    assert label.text == "出席："
    assert label._r.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    assert names._r.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    ind = present._p.pPr.find(qn("w:ind"))
    # left space of two characters, wrapped lines aligned after "出席：" (three characters)
    assert ind.get(qn("w:hangingChars")) == "300"
    assert ind.get(qn("w:leftChars")) == "500"
    assert any(t.startswith("列席：区人大代表 郑国华") for t in texts)
    assert "请假：区交通支队 冯涛" in texts


def test_heading_numbering_and_fonts(official, zh_content):
    h1 = [p.text for p in paragraphs_with_style(official, "Heading 1")]
    assert h1 == ["一、会议议程", "二、议题讨论情况", "三、承诺事项", "四、发言统计"]
    h2 = [p.text for p in paragraphs_with_style(official, "Heading 2")]
    assert h2 == [f"（{n}）关于{s.title}" for n, s in zip("一二三四", zh_content.agenda)]
    assert paragraphs_with_style(official, "Heading 3") == []  # no "1.投诉（13条）" groups by kind
    fonts = {name: paragraphs_with_style(official, name)[0].runs[0]._r.rPr.rFonts.get(qn("w:eastAsia"))
             for name in ("Heading 1", "Heading 2")}
    assert fonts == {"Heading 1": "黑体", "Heading 2": "楷体"}
    assert official.styles["Heading 3"].font.bold is True
    # headings are real outline levels: the navigation pane works
    assert official.styles["Heading 1"].element.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "0"


def test_body_runs_carry_east_asian_font(official):
    body = [p for p in official.paragraphs if p.style.name == "Body Text" and p.text]
    assert len(body) > 20
    for paragraph in body:
        for run in paragraph.runs:
            rfonts = run._r.rPr.rFonts
            assert rfonts.get(qn("w:eastAsia")) in ("仿宋", "楷体")
            assert rfonts.get(qn("w:ascii")) == "Times New Roman"
    style = official.styles["Body Text"]
    assert style.font.size == Pt(16)
    spacing = official.styles["Normal"].element.pPr.find(qn("w:spacing"))
    assert spacing.get(qn("w:line")) == str(LINE_TWIPS) and spacing.get(qn("w:lineRule")) == "exact"
    assert FONTS["body"].east_asia == "仿宋"


def test_body_reports_topics_in_the_third_person(official):
    texts = [p.text for p in official.paragraphs]
    body = "\n".join(texts)
    lift = next(t for t in texts if "加装电梯" in t and "反映" in t)
    assert "5号楼居民" in lift and "现场另有23人附议" in lift
    assert "13912345678" not in body and "15800001234" not in body  # details stay in the attachment
    discussion = body.split("二、议题讨论情况")[1].split("附件")[0]
    assert "王秀兰" not in discussion  # residents are not named in the body
    assert "意见第" not in body and "本议题未收到意见建议" not in body
    assert any("赵志刚（区住建委）现场答复：区住建委已将5号楼" in t for t in texts)
    assert any(t.startswith("会议议定：5号楼启动加装电梯前期工作") for t in texts)


def test_commitments_table(official, zh_content):
    table = find_table(official, "序号", "事项")
    assert [c.text for c in table.rows[0].cells] == ["序号", "事项", "责任单位", "办理时限", "关联意见"]
    assert len(table.rows) == 1 + len(zh_content.commitments)
    first = [c.text for c in table.rows[1].cells]
    c = zh_content.commitments[0]
    assert first == ["1", c.title, "街道城建科", "2026年12月23日", "、".join(map(str, c.linked_opinions))]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_appendix_lists_every_opinion(official, zh_content):
    table = find_table(official, "序号", "提出人")
    assert len(table.rows) - 1 == len(zh_content.appendix) == 12
    numbers = [row.cells[0].text for row in table.rows[1:]]
    assert numbers == [str(o.number) for o in zh_content.appendix]
    channels = {row.cells[2].text.split("\n")[0] for row in table.rows[1:]}
    assert {"现场", "来信", "热线", "网上留言"} <= channels
    assert "附件：意见汇总表（共12条）" in [p.text for p in official.paragraphs]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_footer_page_numbers_odd_right_even_left(official):
    settings = official.settings.element
    assert settings.find(qn("w:evenAndOddHeaders")) is not None
    section = official.sections[0]
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        xml = footer._element.xml
        assert "PAGE" in "".join(footer._element.itertext())
        assert 'w:fldCharType="begin"' in xml
        paragraph = footer.paragraphs[0]
        assert paragraph._p.pPr.find(qn("w:jc")).get(qn("w:val")) == side
        assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
        run = paragraph.runs[0]
        assert run.font.size == Pt(14)
        assert run._r.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"


def test_imprint_between_thick_and_thin_rules(official):
    boxes = official.element.body.findall(".//" + qn("w:txbxContent"))
    assert len(boxes) == 1  # the 版记 is one text box anchored to the foot of the type area
    cc, issued = boxes[0].findall(qn("w:p"))

    def text(p):
        return "".join("\t" if el.tag == qn("w:tab") else (el.text or "")
                       for el in p.iter(qn("w:t"), qn("w:tab")) if el.getparent().tag == qn("w:r"))
    assert text(cc) == "抄送：区委社会工作部，区住房和城乡建设委员会，区交通支队，滨河社区党委。"
    assert text(issued) == "滨河街道党政办公室\t2026年11月25日印发"

    def border(p, side):
        el = p.find(qn("w:pPr")).find(qn("w:pBdr")).find(qn(f"w:{side}"))
        return None if el is None else el.get(qn("w:sz"))

    assert (border(cc, "top"), border(cc, "bottom"), border(issued, "bottom")) == ("8", "6", "8")
    anchor = official.element.body.find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor")
    position = anchor.find("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}positionV")
    assert position.get("relativeFrom") == "margin" and position[0].text == "bottom"


def test_no_signature_block_approval_in_the_properties(official):
    texts = [p.text for p in official.paragraphs]
    assert not any(t.startswith(("审定", "审定日期")) for t in texts)
    assert not any("尚未审定" in t for t in texts)  # the sample is an approved version
    props = official.core_properties
    assert props.content_status == "已审定"
    assert props.comments == "审定：周海涛，2026年11月25日（第2版）" and props.last_modified_by == "周海涛"


def test_package_metadata_and_fonts(zh_content):
    import io

    buffer = io.BytesIO()
    build_minutes(zh_content, "official").save(buffer)
    parts = package_parts(buffer.getvalue())
    assert not any("python-docx" in text for text in parts.values())
    assert "docProps/thumbnail.jpeg" not in parts
    assert 'w:name="仿宋"' in parts["word/fontTable.xml"] and 'w:val="FangSong"' in parts["word/fontTable.xml"]
    assert zh_content.title in parts["docProps/core.xml"]
    assert "ja-JP" not in parts["word/settings.xml"]


def test_english_official(en_content):
    document = reopen(build_minutes(en_content, "official"))
    h1 = [p.text for p in paragraphs_with_style(document, "Heading 1")]
    assert h1 == ["1. Agenda", "2. Discussion", "3. Commitments", "4. Speaking statistics"]
    assert "Binhe Street Office: minutes of the Listening Session" in [p.text for p in document.paragraphs]
    assert "Time: Monday 23 November 2026, 14:30–17:00" in [p.text for p in document.paragraphs]
