"""Public versions: no personal data in any part of the package, citizens renamed, officials kept."""
from __future__ import annotations

import dataclasses
import io

import pytest
from docx.oxml.ns import qn

from desktop.core.privacy import is_valid_resident_id
from desktop.minutes import (
    TemplateStyle,
    anonymise,
    build_minutes,
    build_report_back,
    mask_package,
    write_minutes,
    write_report_back,
)
from tests.minutes.samples import (
    CONTACT_MOBILE,
    EMAIL,
    MOBILE,
    NOT_AN_ID,
    PERSONAL_DATA,
    RESIDENT_ID,
    sample_minutes,
)

from .conftest import make_template, package_parts, reopen

CITIZENS = ("王秀兰", "李建国", "陈静", "刘伟", "孙丽", "赵德明", "郑淑珍", "黄磊")


def assert_clean(parts: dict[str, str]) -> None:
    for name, text in parts.items():
        for raw in PERSONAL_DATA:
            assert raw not in text, f"{raw!r} in {name}"


def test_sample_personal_data_is_real():
    assert is_valid_resident_id(RESIDENT_ID)
    assert not is_valid_resident_id(NOT_AN_ID)
    internal = sample_minutes("zh")
    texts = " ".join(o.text + (o.contact or "") for o in internal.appendix)
    for raw in PERSONAL_DATA:
        if raw != PERSONAL_DATA[2]:  # the spaced mobile without its spaces
            assert raw in texts, raw


@pytest.mark.parametrize("style", ["official", "plain", "template"])
@pytest.mark.parametrize("naming", ["honorific", "letter"])
def test_no_personal_data_in_any_part(tmp_path, style, naming):
    content = sample_minutes("zh", public=True)
    chosen = TemplateStyle(make_template(tmp_path / "t.docx")) if style == "template" else style
    result = write_minutes(content, chosen, tmp_path / "public.docx", naming_style=naming)
    parts = package_parts(result.path)
    assert_clean(parts)
    document = parts["word/document.xml"]
    assert "139****5678" in document  # masked, not dropped
    assert "110105********1232" in document
    assert "c***@163.com" in document
    assert "010-****3456" in document
    assert NOT_AN_ID in document  # 18 digits that are not an ID stay
    for name in CITIZENS:
        assert name not in document, name
    assert "赵志刚" in document and "马红梅" in document  # officials keep their names
    assert "居民代表 7人" in document
    if naming == "honorific":
        assert "王女士" in document and "李先生" in document  # in the attachment: the body names no one
    else:
        assert "居民甲" in document and "居民乙" in document


def test_english_public_version(tmp_path):
    result = write_minutes(sample_minutes("en", public=True), "plain", tmp_path / "en.docx")
    parts = package_parts(result.path)
    assert_clean(parts)
    assert "Ms Wang" in parts["word/document.xml"] and "Xiulan" not in parts["word/document.xml"]


def test_same_person_same_label_and_name_replaced_in_free_text():
    content = anonymise(sample_minutes("zh", n_opinions=19, n_commitments=6), "letter")
    labels = {}
    internal = sample_minutes("zh", n_opinions=19, n_commitments=6)
    for before, after in zip(internal.appendix, content.appendix):
        if before.is_citizen and before.speaker:
            labels.setdefault(before.speaker, set()).add(after.speaker)
        elif not before.is_citizen:
            assert after.speaker == before.speaker
        assert after.contact is None
    assert all(len(v) == 1 for v in labels.values())
    assert len({next(iter(v)) for v in labels.values()}) == len(labels)  # distinct people, distinct labels
    allowance = next(c for c in content.commitments if "高龄津贴" in c.title)
    assert "李建国" not in allowance.title and labels["李建国"] == {allowance.title[2:5]}
    in_agenda = [o.speaker for s in content.agenda for o in s.opinions]
    assert set(in_agenda) <= {label for v in labels.values() for label in v} | {"马红梅"}
    assert content.public is True


def test_last_line_of_defence_masks_every_part(zh_content):
    """Personal data that slipped into a header, split runs, properties and a comment is masked."""
    document = build_minutes(zh_content, "official")
    header = document.sections[0].header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.add_run(MOBILE[:3])
    paragraph.add_run(MOBILE[3:])  # a number split across two runs
    document.core_properties.comments = f"联系 {EMAIL}"
    document.core_properties.keywords = CONTACT_MOBILE
    run = document.paragraphs[3].add_run(f"ID {RESIDENT_ID}")
    document.add_comment(run, text=f"请回电 {CONTACT_MOBILE}", author="秘书")
    changed = mask_package(document)
    assert changed >= 5
    buffer = io.BytesIO()
    document.save(buffer)
    parts = package_parts(buffer.getvalue())
    assert_clean(parts)
    assert "139****5678" in "".join(parts[name] for name in parts if name.startswith("word/header"))
    reopened = reopen(document)
    assert reopened.core_properties.comments == "联系 c***@163.com"


def test_masking_keeps_run_structure(zh_content):
    """Masking writes lxml text nodes, not python-docx's run.text setter (which rebuilds runs)."""
    document = build_minutes(dataclasses.replace(zh_content, public=True), "official")
    for r in document.element.body.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if r.find(qn("w:t")) is not None and rpr is not None:
            assert rpr.find(qn("w:rFonts")) is not None


def test_report_back_is_always_public(tmp_path, zh_report):
    result = write_report_back(zh_report, tmp_path / "report.docx")
    parts = package_parts(result.path)
    assert_clean(parts)
    document = parts["word/document.xml"]
    for name in CITIZENS:
        assert name not in document
    # reported speech by topic: no resident is named, not even by a public label
    reopened = reopen(build_report_back(zh_report, naming_style="letter"))
    cells = "\n".join(c.text for row in reopened.tables[0].rows for c in row.cells)
    assert "居民甲" not in cells and "王女士" not in document
    assert "5号楼居民反映" in cells


def test_anonymise_alone_leaves_no_personal_data():
    """The first layer works without the last line of defence."""
    content = anonymise(sample_minutes("zh", n_opinions=19, n_commitments=6), "honorific")
    text = repr(content)
    for raw in PERSONAL_DATA:
        assert raw not in text, raw
    for name in CITIZENS:
        assert name not in text, name
    assert NOT_AN_ID in text and "赵志刚" in text
