"""Start-up when the database cannot simply be opened: say what is wrong, offer only what helps.

The diagnosis (``core.diagnose``) decides; this module only asks. A busy, read-only, full or
foreign file is explained and left alone; a file that can be read but not written is opened
read-only; a missing or empty file becomes a database only when the user asks for one; only a
file a read-only ``integrity_check`` shows damaged, open in no other process, is offered for
moving aside, and in every such question the default button changes nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..core.errors import ServerUnreachableError, StorageError, TingjianError
from ..core.location import Location
from .feedback import Feedback
from desktop.core.msg import is_zh

if TYPE_CHECKING:
    from ..core.db import Database
    from ..core.diagnose import Diagnosis

TEXTS = {
    "en": {
        "title": "Tingjian",
        "restore": "{problem}\n\nintegrity_check, run on a read-only look at the file, confirms "
                   "the damage, and no other program has the file open.\n\nYou can move it "
                   "aside (with its -wal and -shm files; they are kept next to it for a repair) "
                   "and restore the backup taken {taken}. Changes made after {taken} will be "
                   "lost.",
        "restore_action": "Move aside and restore {taken} (changes after {time} are lost)",
        "empty_start": "{problem}\n\nintegrity_check, run on a read-only look at the file, "
                       "confirms the damage, and no usable backup exists.\n\nYou can move it "
                       "aside (it is kept next to it for an expert to attempt a repair) and "
                       "start with an empty database: every session, opinion and commitment in "
                       "it will be missing from Tingjian.",
        "empty_action": "Move aside and start empty (all its data is left behind)",
        "in_use": "{problem}\n\nAnother program has the file open, so it is not moved. Close "
                  "that program (or the other Tingjian) and start again. Nothing was changed.",
        "keep": "Quit and change nothing",
        "restored": "Restored the backup taken {taken}. The damaged file was moved to {moved}.",
        "missing": "There is no database at {path}.\n\nCreate a new, empty database there?",
        "missing_action": "Create a new database",
        "empty": "{problem}\n\nStart a new, empty Tingjian database in this file?",
        "empty_file_action": "Start a new database in this file",
        "read_only_title": "Read-only",
        "server_away": "{problem}\n\nNothing was changed. Try again once the server runs, or "
                       "work on this laptop's own database for now (Settings → Connections "
                       "chooses the room's server again later).",
        "server_retry": "Try again",
        "server_local": "Use this laptop's own database",
        "server_quit": "Quit",
    },
    "zh": {
        "title": "听见",
        "restore": "{problem}\n\n以只读方式对文件运行的完整性检查（integrity_check）确认了损坏，且没有其他程序"
                   "正在使用该文件。\n\n您可以把它移到一旁（连同 -wal 和 -shm 文件，保留在原处旁边以便修复），"
                   "并恢复 {taken} 的备份。{taken} 之后的修改将丢失。",
        "restore_action": "移到一旁并恢复 {taken} 的备份（{time} 之后的修改将丢失）",
        "empty_start": "{problem}\n\n以只读方式对文件运行的完整性检查（integrity_check）确认了损坏，且没有"
                       "可用的备份。\n\n您可以把它移到一旁（保留在原处旁边，供专业人员尝试修复），并以空数据库"
                       "启动：其中的所有会议、意见和承诺事项都将不会出现在听见中。",
        "empty_action": "移到一旁并以空数据库启动（其中的数据全部留在旧文件里）",
        "in_use": "{problem}\n\n另有程序正在使用该文件，因此不会移动它。请关闭该程序（或另一个听见）后重新启动。"
                  "未做任何修改。",
        "keep": "退出，不做任何修改",
        "restored": "已恢复到 {taken} 的备份。损坏的文件已移至 {moved}。",
        "missing": "{path} 处没有数据库。\n\n要在那里新建一个空数据库吗？",
        "missing_action": "新建数据库",
        "empty": "{problem}\n\n要在这个文件中新建一个空的听见数据库吗？",
        "empty_file_action": "在此文件中新建数据库",
        "read_only_title": "只读",
        "server_away": "{problem}\n\n未做任何修改。可以在服务器恢复后重试，或暂时使用本机自己的数据库"
                       "（之后可在“设置 → 连接”中重新选择会场服务器）。",
        "server_retry": "重试",
        "server_local": "使用本机数据库",
        "server_quit": "退出",
    },
}


def texts(language: str) -> dict[str, str]:
    return TEXTS["zh" if is_zh(language) else "en"]


def open_database(location: Location, *, create: bool = False) -> Database:
    from ..core.db import open_database as core_open  # SQLAlchemy and SQLModel load here

    return core_open(location, create=create, read_only_ok=True)


def open_or_explain(location: Location, feedback: Feedback, parent: QWidget | None = None, *,
                    default: bool = True) -> Database | None:
    """Open the database for the window, or tell why not and offer what is safe. ``default``:
    the location is the data folder's own file, so a missing one is simply made (first start).
    None when there is no database to use."""
    try:
        db = open_database(location)
    except TingjianError as exc:
        db = after_failure(location, feedback, exc, parent, default=default)
    if db is not None:
        tell_read_only(db, feedback, parent)
    return db


def tell_read_only(db: Database, feedback: Feedback, parent: QWidget | None) -> None:
    if db.read_only is not None:
        feedback.error(parent, texts(feedback.language)["read_only_title"],
                       db.read_only.text(feedback.language))


def _diagnosis(location: Location, exc: TingjianError) -> Diagnosis | None:
    from ..core.diagnose import diagnose

    found = getattr(exc, "diagnosis", None)
    if found is None and location.path is not None and isinstance(exc, StorageError):
        found = diagnose(location.path, full=True)  # an error without a verdict: look again
    return found


def after_failure(location: Location, feedback: Feedback, exc: TingjianError,
                  parent: QWidget | None = None, *, default: bool = True) -> Database | None:
    """The open failed with ``exc``: explain, or ask (the safe answer being the default)."""
    from ..core.diagnose import Condition

    text = texts(feedback.language)
    if location.path is None and isinstance(exc, ServerUnreachableError):
        return _server_away(location, feedback, exc, parent)
    verdict = _diagnosis(location, exc) if location.path is not None else None
    if verdict is None:
        feedback.domain_error(parent, exc)
        return None
    problem = verdict.error().text(feedback.language)
    match verdict.condition:
        case Condition.MISSING | Condition.FOLDER_MISSING if default:
            return _retry(location, feedback, parent, create=True)
        case Condition.MISSING | Condition.FOLDER_MISSING:
            if feedback.confirm(parent, text["title"], text["missing"].format(path=verdict.path),
                                text["missing_action"], text["keep"]):
                return _retry(location, feedback, parent, create=True)
            return None
        case Condition.EMPTY:
            if feedback.confirm(parent, text["title"], text["empty"].format(problem=problem),
                                text["empty_file_action"], text["keep"]):
                return _retry(location, feedback, parent, create=True)
            return None
        case Condition.DAMAGED:
            return _offer_recovery(location, verdict, feedback, parent, problem)
        case Condition.OK if verdict.write_problem is None:
            feedback.domain_error(parent, exc)  # the file is fine now: what failed is said as is
            return None
    feedback.domain_error(parent, verdict.error())
    return None


def _server_away(location: Location, feedback: Feedback, exc: TingjianError,
                 parent: QWidget | None) -> Database | None:
    """The room's server does not answer at start: try again (the default), open this
    laptop's own database instead, or quit."""
    from ..core.location import resolve_location
    from ..core.paths import default_database_path

    text = texts(feedback.language)
    while True:
        answer = feedback.choose(
            parent, text["title"], text["server_away"].format(problem=exc.text(feedback.language)),
            [text["server_retry"], text["server_local"], text["server_quit"]], default=0)
        if answer == 0:
            try:
                return open_database(location)
            except ServerUnreachableError as again:
                exc = again
                continue
            except TingjianError as other:  # it answers now, but refuses: say what it said
                return after_failure(location, feedback, other, parent)
        if answer == 1:
            return open_or_explain(resolve_location(None, default_database_path()), feedback,
                                   parent, default=True)
        return None


def _retry(location: Location, feedback: Feedback, parent: QWidget | None, *,
           create: bool) -> Database | None:
    try:
        return open_database(location, create=create)
    except TingjianError as again:
        feedback.domain_error(parent, again)
        return None


def _offer_recovery(location: Location, verdict: Diagnosis, feedback: Feedback,
                    parent: QWidget | None, problem: str) -> Database | None:
    from ..core.backup import newest_good_backup
    from ..core.restoring import recover

    text = texts(feedback.language)
    assert location.path is not None
    if not verdict.may_move_aside:
        feedback.error(parent, text["title"], text["in_use"].format(problem=problem))
        return None
    good = newest_good_backup(location.path)
    if good is not None:
        when = good.info.taken_at.astimezone(feedback.zone)
        taken = when.strftime("%Y-%m-%d %H:%M")
        question = text["restore"].format(problem=problem, taken=taken)
        action = text["restore_action"].format(taken=taken, time=when.strftime("%H:%M"))
    else:
        taken = ""
        question = text["empty_start"].format(problem=problem)
        action = text["empty_action"]
    if not feedback.confirm(parent, text["title"], question, action, text["keep"]):
        return None
    try:
        moved = recover(location.path, good.info.path if good else None)
        db = open_database(location, create=good is None)
    except TingjianError as again:
        feedback.domain_error(parent, again)
        return None
    if good is not None:
        feedback.error(parent, text["title"], text["restored"].format(taken=taken, moved=moved))
    return db
