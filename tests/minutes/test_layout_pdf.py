"""The official layout measured on the page LibreOffice renders (``pdftotext -bbox``): the 纪要
mark 35 mm below the top of the type area, the 版记 at the foot of the last page, one date in the
版头, no signature block (GUIDE §4, GB/T 9704)."""
from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from desktop.minutes.generate import generate_minutes
from desktop.minutes.pdf import find_soffice, write_pdf

from .records import NOW, known_session

PT_PER_MM = 72 / 25.4
TYPE_TOP_MM, TYPE_BOTTOM_MM, LEFT_MM, RIGHT_MM = 37, 297 - 35, 28, 210 - 26
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages_of(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words with their boxes in millimetres from the top-left corner."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append([(float(a) / PT_PER_MM, float(b) / PT_PER_MM, float(c) / PT_PER_MM, float(d) / PT_PER_MM,
                       unescape(w)) for a, b, c, d, w in WORD.findall(page)])
    return pages


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    if find_soffice() is None:
        pytest.skip("LibreOffice not installed: apt-get install libreoffice-writer-nogui")
    from desktop.core.db import open_database, resolve_location

    folder = tmp_path_factory.mktemp("layout")
    db = open_database(resolve_location(folder / "t.db", folder / "t.db"))
    known = known_session(db)
    made = generate_minutes(db, known.session_id, style="official", public=False, out=folder / "纪要.docx", now=NOW)
    db.close()
    return pages_of(write_pdf(made.result.path))


def test_mark_names_the_organisation_35_mm_below_the_type_area(rendered):
    first = rendered[0]
    mark = next(w for w in first if "纪要" in w[4])
    assert mark[4] == "青石街道办事处民情恳谈会纪要"
    assert mark[1] - TYPE_TOP_MM == pytest.approx(35, abs=1.5)
    centre = (LEFT_MM + RIGHT_MM) / 2
    assert (mark[0] + mark[2]) / 2 == pytest.approx(centre, abs=2)
    assert mark[0] >= LEFT_MM and mark[2] <= RIGHT_MM


def test_one_date_in_the_masthead(rendered):
    first = rendered[0]
    title_top = next(w for w in first if "第四季度" in w[4])[1]
    head = "".join(w[4] for w in first if w[1] < title_top).replace(" ", "")
    assert re.findall(r"\d{4}年\d+月\d+日", head) == ["2026年11月18日"]


def test_imprint_sits_at_the_foot_of_the_last_page(rendered):
    last = rendered[-1]
    issued = [w for w in last if "印发" in w[4]]
    cc = [w for w in last if w[4].startswith("抄送")]
    assert issued and cc, "the 版记 is on the last page"
    bottom_line = max(w[3] for w in issued)
    # the last line of the 版记 ends just above the bottom edge of the type area (its rule is there)
    assert TYPE_BOTTOM_MM - 10 <= bottom_line <= TYPE_BOTTOM_MM + 0.5
    assert cc[0][1] < issued[0][1]
    # nothing but the page number below it, and the page is not empty above it
    below = [w for w in last if w[1] > bottom_line]
    assert all(re.fullmatch(r"[—\d ]+", w[4]) for w in below), below
    imprint_text = "抄送：城管执法中队，区住建委。青石街道办事处2026年11月18日印发"
    inside = [w for w in last if w[3] > cc[0][1] and w[1] < bottom_line]
    assert all(w[4].replace(" ", "") in imprint_text for w in inside), "the 版记 never covers the page's text"


def test_imprint_shares_the_last_page_when_there_is_room(tmp_path):
    """A session with nothing recorded: the attachment's page has room, the 版记 goes at its foot."""
    if find_soffice() is None:
        pytest.skip("LibreOffice not installed")
    from datetime import UTC, datetime

    from desktop.core.db import open_database, resolve_location
    from desktop.core.services import owners, sessions

    db = open_database(resolve_location(tmp_path / "e.db", tmp_path / "e.db"))
    s = sessions.create_session(db, "空白会议", datetime(2026, 11, 18, 6, 30, tzinfo=UTC), organisation="青石街道办事处")
    sessions.set_session_owners(db, s.id, [owners.create_owner(db, "城管执法中队").id])
    made = generate_minutes(db, s.id, style="official", public=False, out=tmp_path / "e.docx", now=NOW)
    db.close()
    last = pages_of(write_pdf(made.result.path))[-1]
    issued = next(w for w in last if "印发" in w[4])
    assert any("意见汇总表" in w[4] for w in last) and issued[3] > TYPE_BOTTOM_MM - 10


def test_no_signature_block_anywhere(rendered):
    text = "".join(w[4] for page in rendered for w in page)
    assert "审定：" not in text and "签字" not in text and "审定日期" not in text


def test_pdf_uses_free_faces_matching_the_official_ones(tmp_path):
    """仿宋, 黑体, 楷体 and 小标宋 are rendered with the matching free faces, embedded."""
    if find_soffice() is None or not shutil.which("pdffonts"):
        pytest.skip("LibreOffice or poppler-utils not installed")
    faces = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    wanted = {"AR PL SungtiL GB": "Bousung", "WenQuanYi Zen Hei": "WenQuanYi", "AR PL KaitiM GB": "ZenKai"}
    if not all(face in faces for face in wanted):
        pytest.skip("the free faces are not installed (.ci/run installs them)")
    from tests.minutes.samples import sample_minutes

    from desktop.minutes import write_minutes

    source = write_minutes(sample_minutes("zh"), "official", tmp_path / "m.docx").path
    fonts = subprocess.run(["pdffonts", str(write_pdf(source))], capture_output=True, text=True).stdout
    for face, embedded in wanted.items():
        line = next((row for row in fonts.splitlines() if embedded in row), "")
        assert line and " yes " in line, (face, fonts)  # present and embedded
    assert "NotoSansCJK" not in fonts  # no sans fallback for the official faces
