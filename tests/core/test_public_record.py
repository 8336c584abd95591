"""One engine for every public output: minutes, report back, projector, on the same hostile text."""
from datetime import UTC, datetime

import docx
import pytest

from desktop.core.live.board import build_board
from desktop.core.services import minutes_versions, privacy_review
from desktop.core.errors import ValidationError
from desktop.minutes.generate import generate_minutes, review_session, write_report_back

from . import hostile_session as hostile


def _docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _assert_public(text: str) -> None:
    flat = "".join(c for c in text if c not in " \u200b.-()（）·\n\t")
    for secret in hostile.SECRETS:
        assert secret not in flat, (secret, flat)


@pytest.fixture
def sid(sqlite_database):
    return hostile.build(sqlite_database)


def test_public_minutes_and_report_back_on_hostile_text(sqlite_database, sid, tmp_path):
    db = sqlite_database
    made = generate_minutes(db, sid, style="official", public=True, out=tmp_path / "public.docx",
                            published_numbers=hostile.PUBLISHED)
    minutes = _docx_text(made.result.path)
    _assert_public(minutes)
    for kept in hostile.KEPT:
        assert kept in minutes, kept
    assert "张先生" in minutes and "孙女士" in minutes and "王女士" in minutes  # salutations used
    assert "居民" in minutes  # 高峰 has no salutation: a letter label
    write_report_back(db, sid, tmp_path / "rb.docx", published_numbers=hostile.PUBLISHED)
    report = _docx_text(tmp_path / "rb.docx")
    _assert_public(report)
    assert "孙女士说张先生的停车问题" in report and "孙女士说张先生的停车问题" in minutes


def test_projector_uses_the_same_engine(sqlite_database, sid):
    board = build_board(sqlite_database, sid, datetime(2026, 11, 23, 2, tzinfo=UTC), opinion_count=5,
                        published_numbers=hostile.PUBLISHED)
    shown = "\n".join(board.opinions)
    _assert_public(shown)
    assert "孙女士说张先生的停车问题" in shown
    assert "早高峰" in shown and "孙丽华" in shown
    names = [s.name for s in board.next_speakers]
    assert "张先生" in names and "张伟" not in names


def test_review_lists_open_items_and_blocks_approval_until_decided(sqlite_database, sid, tmp_path):
    db = sqlite_database
    items = review_session(db, sid, published_numbers=hostile.PUBLISHED)
    kinds = {i.kind for i in items}
    assert {"name", "mobile", "landline", "resident_id", "bank_card", "wechat", "qq", "plate",
            "email", "address", "suspicious"} <= kinds
    open_items = [i for i in items if i.open]
    assert open_items
    made = generate_minutes(db, sid, style="plain", public=True, out=tmp_path / "p1.docx",
                            published_numbers=hostile.PUBLISHED)
    with pytest.raises(ValidationError) as refused:
        minutes_versions.approve(db, made.version.id, "周晓")
    assert "隐私审查" in refused.value.zh and "privacy review" in refused.value.en
    meter = next(i for i in open_items if "0102345678" in i.token)
    privacy_review.decide(db, sid, [(meter.key, meter.token)], "mask", decided_by="周晓")
    rest = [i for i in open_items if i.key != meter.key]
    privacy_review.decide(db, sid, [(i.key, i.token) for i in rest], "keep")
    assert not any(i.open for i in review_session(db, sid, published_numbers=hostile.PUBLISHED))
    again = generate_minutes(db, sid, style="plain", public=True, out=tmp_path / "p2.docx",
                             published_numbers=hostile.PUBLISHED)
    text = _docx_text(again.result.path)
    assert "0102345678" not in text  # the decision is applied on regeneration
    assert minutes_versions.approve(db, again.version.id, "周晓").status == "approved"


def test_internal_versions_are_not_reviewed(sqlite_database, sid, tmp_path):
    made = generate_minutes(sqlite_database, sid, style="plain", public=False, out=tmp_path / "i.docx")
    assert made.version.privacy_open == 0
    assert minutes_versions.approve(sqlite_database, made.version.id, "周晓").status == "approved"


def test_a_megabyte_opinion_with_hidden_characters_goes_through_every_public_output(
        sqlite_database, sid, tmp_path):
    from desktop.core.services import opinions

    chunk = "居民反映مرحبا\u200f路灯不亮，Привет。" * 40 + "电话138\u200b0013\u200b8000，"
    opinions.create_opinion(sqlite_database, sid, chunk * 1300)
    made = generate_minutes(sqlite_database, sid, style="plain", public=True,
                            out=tmp_path / "big.docx")
    text = _docx_text(made.result.path)
    assert text.count("138****8000") >= 1300 and "13800138000" not in text.replace("\u200b", "")
    assert "مرحبا\u200f路灯不亮，Привет。" in text  # the rest is unchanged
    board = build_board(sqlite_database, sid, datetime(2026, 11, 23, 2, tzinfo=UTC), opinion_count=1)
    assert "13800138000" not in board.opinions[0].replace("\u200b", "")
