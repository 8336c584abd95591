"""Versions of the minutes: drafts, then approved versions that are locked with their sha256."""
from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from ..db import Database
from ..errors import RecordedFileError, ValidationError
from ..models import ListeningSession, MinutesVersion, utcnow
from ..models.enums import MinutesStatus, MinutesStyle
from .common import MAX_TITLE, audit, choice, clean_text, fetch, touch
from ..changes import Entity


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def add_version(db: Database, session_id: int, *, style: str, public: bool, file_path: Path,
                content_json: str = "", template_path: str = "", privacy_open: int = 0
                ) -> MinutesVersion:
    """Register a written minutes file as the next draft version."""
    style = choice(style, MinutesStyle, "Style", "样式")
    path = Path(file_path)
    if not path.is_file():
        raise ValidationError(en=f"The minutes file {path} does not exist.", zh=f"纪要文件 {path} 不存在。")
    with db.write() as s:
        fetch(s, ListeningSession, session_id, "Session", "会议")
        last = s.exec(select(func.max(MinutesVersion.version)).where(
            MinutesVersion.session_id == session_id, MinutesVersion.public == public)).one()
        row = MinutesVersion(session_id=session_id, version=(last or 0) + 1, style=style,
                             public=public, file_path=str(path), file_size=path.stat().st_size,
                             sha256=file_sha256(path), content_json=content_json,
                             template_path=template_path, privacy_open=max(0, privacy_open))
        touch(s, row, Entity.MINUTES_VERSION)
        return row


def get_version(db: Database, version_id: int) -> MinutesVersion:
    with db.read() as s:
        return fetch(s, MinutesVersion, version_id, "Minutes version", "纪要版本")


def _refuse_open_review(row: MinutesVersion) -> None:
    """A public version cannot be approved while its privacy review has open items."""
    if row.public and row.privacy_open:
        raise ValidationError(
            en=f"The privacy review of this public version has {row.privacy_open} open "
               "item(s): review them (keep or mask each), generate the public version again, "
               "then approve it.",
            zh=f"该公开版本的隐私审查还有 {row.privacy_open} 项未处理：请逐项确认保留或遮盖，"
               "重新生成公开版本后再审定。")


def check_approvable(row: MinutesVersion, approved_by: str) -> None:
    """Raise unless ``row`` is a draft whose file is still what was generated (and, for a
    public version, whose privacy review has no open items)."""
    clean_text(approved_by, "Approved by", "审定人", required=True, max_len=MAX_TITLE)
    if row.status == MinutesStatus.APPROVED:
        raise ValidationError(en="This version is already approved and locked.", zh="该版本已审定并锁定。")
    _refuse_open_review(row)
    path = Path(row.file_path)
    if not path.is_file() or file_sha256(path) != row.sha256:
        raise ValidationError(
            en="The file of this draft was changed or moved since it was generated; generate "
               "the minutes again before approving.",
            zh="该草稿文件生成后被修改或移动，请重新生成纪要后再审定。")


def approve(db: Database, version_id: int, approved_by: str, *, sha256: str | None = None,
            file_size: int | None = None, draft_sha256: str | None = None,
            at: datetime | None = None) -> MinutesVersion:
    """Approve a draft: records who and when and locks it.

    Called with ``sha256``/``file_size`` once the final file (the approved form of the
    draft, written over the draft's file) exists: the draft's own sha256 must then be
    ``draft_sha256``. Without them the file itself must be unchanged since it was generated.
    """
    approved_by = clean_text(approved_by, "Approved by", "审定人", required=True, max_len=MAX_TITLE)
    with db.write() as s:
        row = fetch(s, MinutesVersion, version_id, "Minutes version", "纪要版本")
        if row.status == MinutesStatus.APPROVED:
            raise ValidationError(en="This version is already approved and locked.",
                                  zh="该版本已审定并锁定。")
        _refuse_open_review(row)
        path = Path(row.file_path)
        unchanged = (draft_sha256 == row.sha256) if sha256 is not None else (
            path.is_file() and file_sha256(path) == row.sha256)
        if not unchanged:
            raise ValidationError(
                en="The file of this draft was changed or moved since it was generated; generate "
                   "the minutes again before approving.",
                zh="该草稿文件生成后被修改或移动，请重新生成纪要后再审定。")
        if sha256 is not None:
            row.sha256 = sha256
            row.file_size = file_size if file_size is not None else path.stat().st_size
        row.status = MinutesStatus.APPROVED
        row.approved_by = approved_by
        row.approved_at = at or utcnow()
        audit(s, "minutes_version", row.id, "approved", approved_by=approved_by)
        touch(s, row, Entity.MINUTES_VERSION)
        return row


def recorded_paths(db: Database) -> set[Path]:
    """Every file a minutes version of any session points to."""
    with db.read() as s:
        return {Path(p).resolve() for p in s.exec(select(MinutesVersion.file_path)) if p}


def free_name(path: Path, taken: set[Path]) -> Path:
    """"纪要 (2).docx", "纪要 (3).docx" …: the first name neither recorded nor present."""
    path = Path(path)
    for n in range(2, 10_000):
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if candidate.resolve() not in taken and not candidate.exists():
            return candidate
    return path.with_name(f"{path.stem} (new){path.suffix}")


def refuse_recorded(db: Database, path: Path) -> None:
    """Raise when ``path`` is the file of a recorded minutes version (of any session)."""
    target = Path(path).resolve()
    taken = recorded_paths(db)
    if target in taken:
        other = free_name(target, taken)
        raise RecordedFileError(
            en=f"{target.name} is the file of a recorded version of the minutes and is never written over; "
               f"save as “{other.name}” instead.",
            zh=f"{target.name} 是已登记的纪要版本文件，不能覆盖；请另存为“{other.name}”。", free=other)


def list_versions(db: Database, session_id: int) -> list[MinutesVersion]:
    with db.read() as s:
        return list(s.exec(select(MinutesVersion).where(MinutesVersion.session_id == session_id)
                           .order_by(MinutesVersion.public, MinutesVersion.version)))
