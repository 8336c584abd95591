"""Each document of a session with known content, as LibreOffice lays it out on pages."""
from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from desktop.core.errors import ValidationError
from desktop.core.services import minutes_versions
from desktop.paperwork.generate import write_document

from .conftest import CST, ISSUED, TODAY, build_session, open_db, pages, png_pages, to_pdf

DOCS = {"notice": "notice", "poster": "poster", "signin": "signin", "slips": "slips",
        "result_notice": "result_notice"}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("paperwork")
    db = open_db(folder / "t.db")
    known = build_session(db)
    files, written = [], {}
    for kind in DOCS:
        for label, sid in (("full", known.session_id), ("empty", known.empty_id)):
            out = folder / f"{label}-{kind}.docx"
            written[(label, kind)] = write_document(db, sid, kind, out, tz=CST, today=TODAY,
                                                    now=ISSUED)
            files.append(out)
    a3 = folder / "full-poster-a3.docx"
    write_document(db, known.session_id, "poster", a3, tz=CST, today=TODAY, paper="a3")
    files.append(a3)
    pdfs = to_pdf(files, folder)
    for stem in ("full-notice", "full-poster", "full-signin", "full-slips", "full-result_notice"):
        png_pages(pdfs[stem], Path("/tmp") / f"issue19-{stem}")  # to look at
    yield known, written, {stem: pages(pdf) for stem, pdf in pdfs.items()}, folder
    db.close()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_notice_says_when_where_what_who_and_how(made) -> None:
    known, _w, docs, _f = made
    (page, *rest) = docs["full-notice"]
    text = squash("".join(p.text() for p in docs["full-notice"]))
    assert (round(page.width), round(page.height)) == (595, 842)  # A4
    for expected in ["关于召开青石社区12月民情恳谈会的通知", "2026年12月18日", "14:30",
                     "青石社区党群服务中心二楼", "陈建国", "街道城管科", "青石社区居委会",
                     "0571-86001234", "qingshi@example.cn", "青石社区服务中心一楼大厅",
                     "2026年12月17日前", "个人信息"]:
        assert expected in text, expected
    for title in known.agenda:
        assert title in text
    # page numbers "— 1 —" in the footer of every page
    for n, p in enumerate(docs["full-notice"], start=1):
        assert f"—{n}—" in squash(p.text(top=0.88))


def test_poster_is_one_sheet_in_large_type(made) -> None:
    _k, _w, docs, _f = made
    assert len(docs["full-poster"]) == 1 and len(docs["full-poster-a3"]) == 1
    a3 = docs["full-poster-a3"][0]
    assert (round(a3.width), round(a3.height)) == (842, 1191)
    assert "青石社区12月民情恳谈会" in squash(docs["full-poster"][0].text(bottom=0.3))


def test_signin_sheet_has_header_and_numbering_on_every_page(made) -> None:
    known, _w, docs, _f = made
    sheet = docs["full-signin"]
    assert len(sheet) >= 2
    for n, page in enumerate(sheet, start=1):
        assert "青石社区12月民情恳谈会签到表" in squash(page.text(bottom=0.1)), n
        assert f"第{n}页共{len(sheet)}页" in squash(page.text(top=0.9)), n
    text = squash("".join(p.text(top=0.1, bottom=0.9) for p in sheet))
    assert text.count("序号姓名单位或楼栋联系电话（自愿）签名") == len(sheet)  # head on each page
    assert "联系电话自愿填写" in squash(sheet[0].text())
    # the attendees in order of group: an independent sort of what was registered
    expected = sorted(known.attendees, key=lambda a: a[1])
    positions = [text.index(f"{n}{name}{group}") for n, (name, group)
                 in enumerate(expected, start=1)]
    assert positions == sorted(positions)
    last = len(known.attendees) + 10  # ten blank rows by default
    assert str(last) in text and str(last + 1) not in text.split("到会人数")[0][-6:]
    assert "到会人数" in text and f"登记{len(known.attendees)}人" in text


def test_one_slip_per_page_numbered_per_year(made) -> None:
    known, written, docs, _f = made
    slips = docs["full-slips"]
    assert len(slips) == len(known.commitments) == written[("full", "slips")].slips
    for n, (page, (title, owner, due)) in enumerate(zip(slips, known.commitments), start=1):
        text = squash(page.text())
        assert f"青石交〔2026〕{n}号" in text
        assert [f"青石交〔2026〕{m}号" in text for m in range(1, 4)].count(True) == 1
        assert title in text and owner in text
        assert f"{due.year}年{due.month}月{due.day}日前办结" in text
        for part in ("青石社区12月民情恳谈会", "回执", "办理结果", "办结时间", "回访情况", "群众满意度",
                     "签收人", "负责人签字"):
            assert part in text, part
    # the deadline in working days, counted independently: 18 Dec 2026 (Fri) to 31 Dec (Thu)
    second = squash(slips[1].text())
    assert "9个工作日" in second  # 21–25, 28–31 December


def test_slip_numbers_are_kept_and_continue_across_sessions(made, tmp_path) -> None:
    known, _w, _d, _f = made
    again = write_document(known.db, known.session_id, "slips", tmp_path / "again.docx", tz=CST,
                           now=ISSUED)
    text = "".join(p.text for p in docx.Document(str(again.path)).paragraphs)
    assert "青石交〔2026〕1号" in text and "青石交〔2026〕4号" not in text
    from desktop.core.services import commitments, owners

    owner = owners.list_owners(known.db)[0]
    commitments.create_commitment(known.db, known.empty_id, "临时事项", owner.id,
                                  ISSUED.replace(year=2027))
    later = write_document(known.db, known.empty_id, "slips", tmp_path / "later.docx", tz=CST,
                           now=ISSUED)
    text = "\n".join(c.text for t in docx.Document(str(later.path)).tables
                     for row in t.rows for c in row.cells)
    text += "".join(p.text for p in docx.Document(str(later.path)).paragraphs)
    assert "青石交〔2026〕4号" in text


def test_result_notice_per_topic_anonymised_with_notice_period(made) -> None:
    known, _w, docs, _f = made
    text = squash("".join(p.text() for p in docs["full-result_notice"]))
    assert "青石社区12月民情恳谈会意见建议办理结果公示" in text
    assert "一、关于小区停车难问题" in text and "二、关于居民自由发言" in text
    assert known.citizen not in text and known.phone not in text  # the public engine's work
    assert "孙女士" in text
    for title, owner, _due in known.commitments:
        assert title in text and owner in text
    assert "采纳" in text
    assert "公示期为2026年12月20日至2026年12月26日（7天）" in text
    assert "0571-86001234" in text  # where objections go: the office's own number stays


def test_missing_content_is_said_in_every_document(made) -> None:
    _k, written, docs, _f = made
    notice = squash("".join(p.text() for p in docs["empty-notice"]))
    assert "议程尚未确定" in notice and "出席的领导和部门待定" in notice
    sheet = docs["empty-signin"]
    sheet_text = squash("".join(p.text() for p in sheet))
    assert "尚未登记参会人员" in sheet_text and "15" in sheet_text
    for n, page in enumerate(sheet, start=1):
        assert f"第{n}页共{len(sheet)}页" in squash(page.text(top=0.9))
    slips = squash("".join(p.text() for p in docs["empty-slips"]))
    assert len(docs["empty-slips"]) == 1 and "没有承诺事项，无需交办" in slips
    result = squash("".join(p.text() for p in docs["empty-result_notice"]))
    assert "本次会议未收到意见建议" in result and "本次会议未作出承诺事项" in result
    assert written[("empty", "signin")].missing and written[("empty", "slips")].missing


def test_documents_are_versions_and_an_approved_one_is_never_written_over(made) -> None:
    known, written, _d, folder = made
    versions = minutes_versions.list_versions(known.db, known.session_id)
    assert {v.style for v in versions} >= set(DOCS.values())
    notice = written[("full", "notice")]
    minutes_versions.approve(known.db, notice.version.id, "刘明")
    before = notice.path.read_bytes()
    with pytest.raises(ValidationError) as refused:
        write_document(known.db, known.empty_id, "result_notice", notice.path, tz=CST)
    assert "locked" in refused.value.en and "已锁定" in refused.value.zh
    assert notice.path.read_bytes() == before
    count = len(minutes_versions.list_versions(known.db, known.empty_id))
    assert len(minutes_versions.list_versions(known.db, known.empty_id)) == count


def test_every_document_opens_again_in_word_terms(made) -> None:
    _k, written, docs, _f = made
    for (label, kind), w in written.items():
        docx.Document(str(w.path))  # python-docx reads it back
        assert docs[f"{label}-{kind}"], (label, kind)  # LibreOffice laid it out on pages
