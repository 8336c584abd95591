"""The template style: the user's letterhead kept, its styles used, bad files refused clearly."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from desktop.minutes import TemplateError, TemplateStyle, build_minutes_with_warnings, write_minutes
from desktop.minutes.template import CT_DOCUMENT, CT_TEMPLATE, OLE2_MAGIC

from .conftest import (
    TEMPLATE_BODY,
    TEMPLATE_FOOTER,
    TEMPLATE_HEADER,
    TEMPLATE_HEADING_COLOR,
    all_text,
    find_table,
    make_template,
    reopen,
)


@pytest.fixture(scope="module")
def template_path(tmp_path_factory):
    return make_template(tmp_path_factory.mktemp("tpl") / "letterhead.docx")


def test_letterhead_kept_body_replaced_styles_used(template_path, zh_content, tmp_path):
    result = write_minutes(zh_content, TemplateStyle(template_path), tmp_path / "out.docx")
    assert result.warnings == ()
    document = docx.Document(str(result.path))
    section = document.sections[-1]
    assert section.header.paragraphs[0].text == TEMPLATE_HEADER
    assert section.footer.paragraphs[0].text == TEMPLATE_FOOTER
    assert section.left_margin.mm == pytest.approx(30, abs=0.05)  # the template's page set-up
    text = all_text(document)
    assert TEMPLATE_BODY not in text
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert [p.text for p in headings][:2] == ["一、会议议程", "二、议题讨论情况"]
    assert document.styles["Heading 1"].font.color.rgb == TEMPLATE_HEADING_COLOR  # not overwritten
    assert headings[0].runs[0].font.color.rgb is None  # no direct formatting over the style
    title = [p for p in document.paragraphs if p.style.name == "Title"]
    assert title and title[0].text == zh_content.title
    appendix = find_table(document, "序号", "提出人")
    assert appendix.style.name == "Table Grid"
    assert len(appendix.rows) - 1 == len(zh_content.appendix)


def test_missing_styles_fall_back_and_are_reported(tmp_path, zh_content):
    path = make_template(tmp_path / "bare.docx", drop_styles=("Heading2", "TableGrid", "Title"))
    document, warnings = build_minutes_with_warnings(zh_content, TemplateStyle(path))
    assert sorted(w.detail for w in warnings) == ["Heading 2", "Table Grid", "Title"]
    assert all(w.code == "template_style_missing" for w in warnings)
    assert "标题 2" in next(w for w in warnings if w.detail == "Heading 2").message("zh")
    document = reopen(document)
    second = next(p for p in document.paragraphs if p.text.startswith("（一）"))
    assert second.style.name == "Normal"
    assert second._p.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "1"  # still in the navigation pane
    assert second.runs[0].bold
    table = find_table(document, "序号", "提出人")
    assert table._tbl.tblPr.find(qn("w:tblBorders")) is not None  # explicit borders instead of the style


def test_styles_found_by_name_when_ids_are_localized(tmp_path, zh_content):
    # Chinese Word writes built-in styles with ids like "1" and "a3" and English names
    path = make_template(tmp_path / "cn.docx", rename_ids={"Heading1": "1", "Title": "a3", "TableGrid": "af0"})
    style = TemplateStyle(path)
    assert style.inspect() == ()
    document, warnings = build_minutes_with_warnings(zh_content, style)
    assert warnings == ()
    ids = {p.pPr.pStyle.val for p in document.element.body.iter(qn("w:p"))
           if p.pPr is not None and p.pPr.pStyle is not None}
    assert {"1", "a3"} <= ids


def test_several_sections_keep_the_last_and_warn(tmp_path, zh_content):
    path = make_template(tmp_path / "two.docx", sections=2)
    document, warnings = build_minutes_with_warnings(zh_content, TemplateStyle(path))
    assert [w.code for w in warnings] == ["template_sections"]
    assert len(reopen(document).sections) == 1


def test_dotx_template_is_accepted(template_path, tmp_path, zh_content):
    data = io.BytesIO()
    with zipfile.ZipFile(template_path) as src, zipfile.ZipFile(data, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(CT_DOCUMENT.encode(), CT_TEMPLATE.encode())
            dst.writestr(info.filename, blob)
    dotx = tmp_path / "letterhead.dotx"
    dotx.write_bytes(data.getvalue())
    result = write_minutes(zh_content, TemplateStyle(dotx), tmp_path / "from-dotx.docx")
    document = docx.Document(str(result.path))
    assert document.sections[0].header.paragraphs[0].text == TEMPLATE_HEADER


def _bad_files(tmp_path, template_path):
    good = template_path.read_bytes()
    files = {
        "missing": tmp_path / "nope.docx",
        "text": tmp_path / "notes.docx",
        "truncated": tmp_path / "truncated.docx",
        "encrypted": tmp_path / "secret.docx",
        "zip_not_docx": tmp_path / "archive.docx",
        "macro": tmp_path / "macro.docm",
        "folder": tmp_path,
    }
    files["text"].write_text("这不是 Word 文件", encoding="utf-8")
    files["truncated"].write_bytes(good[: len(good) // 2])
    files["encrypted"].write_bytes(OLE2_MAGIC + b"\x00" * 4096)
    with zipfile.ZipFile(files["zip_not_docx"], "w") as archive:
        archive.writestr("readme.txt", "hello")
    with zipfile.ZipFile(template_path) as src, zipfile.ZipFile(files["macro"], "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(CT_DOCUMENT.encode(), b"application/vnd.ms-word.document.macroEnabled.main+xml")
            dst.writestr(info.filename, blob)
    return files


@pytest.mark.parametrize("kind, zh_words, en_words", [
    ("missing", "不存在", "does not exist"),
    ("text", "不是 Word 文档", "not a Word document"),
    ("truncated", "已损坏", "damaged"),
    ("encrypted", "加密", "password-protected"),
    ("zip_not_docx", "不是 Word 文档", "not a Word document"),
    ("macro", "宏", "macros"),
    ("folder", "文件夹", "folder"),
])
def test_unusable_templates_raise_template_error(tmp_path, template_path, zh_content, kind, zh_words, en_words):
    path = _bad_files(tmp_path, template_path)[kind]
    with pytest.raises(TemplateError) as caught:
        build_minutes_with_warnings(zh_content, TemplateStyle(path))
    error = caught.value
    assert zh_words in error.message("zh") and path.name in error.message("zh")
    assert en_words in error.message("en")
    assert str(error) == error.message("en")
    with pytest.raises(TemplateError):
        TemplateStyle(path).inspect()


def test_template_style_accepts_str_paths(template_path):
    assert TemplateStyle(str(template_path)).path == template_path
