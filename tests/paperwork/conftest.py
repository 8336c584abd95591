"""A session with known content, and its documents turned into pages by LibreOffice."""
from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.core.db import open_database, resolve_location
from desktop.core.services import (
    agenda, attendance, commitments, dispositions, opinions, owners, paperwork, people, sessions,
)

CST = timezone(timedelta(hours=8))
TODAY = date(2026, 12, 20)
ISSUED = datetime(2026, 12, 19, 10, 0, tzinfo=CST)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["秀英", "志强", "桂兰", "建华", "丽娟", "海燕", "国庆", "文博", "淑珍", "明辉", "晓东"]
GROUPS = ["青石小区3号楼", "青石小区5号楼", "青石二村", "青石小学"]


@dataclass
class Known:
    db: object
    session_id: int
    empty_id: int
    attendees: list[tuple[str, str]]  # (name, group) as registered
    agenda: list[str]
    commitments: list[tuple[str, str, date]]  # (title, owner, due)
    phone: str
    citizen: str


def open_db(path: Path):
    return open_database(resolve_location(path, path))


def build_session(db) -> Known:
    paperwork.set_setting(db, "slip_number_format", "青石交〔{year}〕{n}号")
    paperwork.set_setting(db, "hotline", "0571-86001234")
    paperwork.set_setting(db, "email", "qingshi@example.cn")
    paperwork.set_setting(db, "box_place", "青石社区服务中心一楼大厅")
    starts = datetime(2026, 12, 18, 14, 30, tzinfo=CST)
    s = sessions.create_session(db, "青石社区12月民情恳谈会", starts, organisation="青石街道办事处",
                                venue="青石社区党群服务中心二楼", chair="刘明", language="zh")
    office = owners.create_owner(db, "街道城管科")
    committee = owners.create_owner(db, "青石社区居委会")
    leader = owners.create_owner(db, "陈建国", kind="leader", title="副主任",
                                 department_id=office.id)
    sessions.set_session_owners(db, s.id, [leader.id, office.id, committee.id])
    titles = ["上次承诺事项办理情况通报", "小区停车难问题", "居民自由发言"]
    items = [agenda.add_item(db, s.id, t) for t in titles]
    registered = []
    for n in range(34):  # enough for the sheet to run over more than one page
        name = SURNAMES[n % len(SURNAMES)] + GIVEN[n % len(GIVEN)]
        group = GROUPS[(n * 7) % len(GROUPS)]
        attendance.register_attendee(db, s.id, name, group)
        registered.append((name, group))
    phone = "13800138000"
    citizen = people.create_person(db, "孙丽华", "青石小区3号楼", gender="female")
    op1 = opinions.create_opinion(
        db, s.id, f"晚上小区里乱停车，消防通道被堵，我的电话{phone}，希望尽快处理。",
        kind="complaint", agenda_item_id=items[1].id, person_id=citizen.id)
    op2 = opinions.create_opinion(db, s.id, "建议在小学门口增设护学岗。", agenda_item_id=items[2].id,
                                  speaker_label="青石小学家长")
    op3 = opinions.create_opinion(db, s.id, "垃圾分类桶什么时候能加到二村北门？",
                                  kind="question", agenda_item_id=items[2].id,
                                  speaker_label="二村居民")
    dispositions.set_disposition(db, op2.id, "adopted", decided_by="刘明")
    known = [("夜间巡查消防通道并施划停车位", office, date(2027, 1, 15)),
             ("学校门口增设护学岗", committee, date(2026, 12, 31)),
             ("在二村北门增设垃圾分类桶", office, date(2027, 1, 8))]
    for (title, owner, due), op in zip(known, (op1, op2, op3), strict=True):
        commitments.create_commitment(db, s.id, title, owner.id,
                                      datetime(due.year, due.month, due.day, 18, tzinfo=CST),
                                      opinion_ids=[op.id])
    empty = sessions.create_session(db, "青石社区临时议事会", starts + timedelta(days=7),
                                    organisation="青石街道办事处", language="zh")
    return Known(db, s.id, empty.id, registered, titles,
                 [(t, o.name, d) for t, o, d in known], phone, "孙丽华")


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe or not shutil.which("pdftotext"):
        pytest.skip("LibreOffice and poppler-utils are needed: apt-get install "
                    "libreoffice-writer-nogui poppler-utils")
    return exe


def to_pdf(files: list[Path], folder: Path) -> dict[str, Path]:
    """Convert all files in one LibreOffice run (a private profile: parallel runs do not clash)."""
    out = folder / "pdf"
    profile = (folder / "lo-profile").as_uri()
    done = subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(out), *map(str, files)],
                          capture_output=True, text=True, timeout=300)
    result = {}
    for f in files:
        pdf = out / (f.stem + ".pdf")
        assert pdf.exists(), done.stdout + done.stderr
        result[f.stem] = pdf
    return result


@dataclass
class Page:
    width: float
    height: float
    words: list[tuple[float, float, str]]  # (x, y, text) top left of each word

    def text(self, top: float = 0.0, bottom: float = 1.0) -> str:
        """The words whose top lies between the fractions ``top`` and ``bottom`` of the page,
        in reading order, without spaces (Chinese has none)."""
        chosen = [w for w in self.words if top * self.height <= w[1] < bottom * self.height]
        chosen.sort(key=lambda w: (round(w[1]), w[0]))
        return "".join(w[2] for w in chosen)


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>')


def pages(pdf: Path) -> list[Page]:
    """``pdftotext -bbox``: every word with its position, page by page."""
    xml = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, text=True, timeout=120).stdout
    return [Page(float(w), float(h), [(float(x), float(y), html.unescape(t))
                                       for x, y, t in _WORD.findall(body)])
            for w, h, body in _PAGE.findall(xml)]


def png_pages(pdf: Path, prefix: Path) -> list[Path]:
    """The pages as PNG, to be looked at."""
    if not shutil.which("pdftoppm"):
        return []
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(prefix)], check=True, timeout=120)
    return sorted(prefix.parent.glob(prefix.name + "*.png"))
