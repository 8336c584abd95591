"""Bilingual text: one message type with keywords, one place that chooses the language."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.core.errors import Cancelled, NotFoundError, StorageError, TingjianError, ValidationError
from desktop.core.msg import Msg, pick
from desktop.minutes.errors import FileBusyError, FileWriteError, MinutesError, TemplateError

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
BILINGUAL = {"TingjianError", "ValidationError", "NotFoundError", "StorageError", "DamagedDatabaseError",
             "DeadlineError", "RateSettingsError", "ValueProblem", "MinutesError", "TemplateError",
             "FileWriteError", "FileBusyError", "Msg"}


def _sources():
    for path in sorted(DESKTOP.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind", [TingjianError, ValidationError, NotFoundError, StorageError,
                                  MinutesError, TemplateError])
def test_errors_take_both_languages_by_keyword_only(kind) -> None:
    with pytest.raises(TypeError):
        kind("only English", "只有中文")
    with pytest.raises(TypeError):
        kind(en="no Chinese given")
    error = kind(zh="中文", en="English")
    assert (error.text("zh"), error.text("zh_CN"), error.text("en"), str(error)) == (
        "中文", "中文", "English", "English")
    assert error.msg == Msg(en="English", zh="中文")


def test_write_errors_keep_the_path_and_both_languages() -> None:
    for kind in (FileWriteError, FileBusyError):
        with pytest.raises(TypeError):
            kind(Path("a.docx"), "被占用", "busy")
        error = kind(Path("a.docx"), en="busy", zh="被占用")
        assert (error.path, error.message("zh"), error.message("en")) == (Path("a.docx"), "被占用", "busy")


def test_cancelled_speaks_both_languages() -> None:
    assert Cancelled().text("zh") != Cancelled().text("en")
    assert "取消" in Cancelled().text("zh") and "Cancel" in Cancelled().text("en")


def test_pick_and_msg() -> None:
    assert [pick(lang, en="e", zh="z") for lang in ("zh", "zh_CN", "ZH-hans", "en", "en_GB", "", None)] \
        == ["z", "z", "z", "e", "e", "e", "e"]
    with pytest.raises(TypeError):
        Msg("Open", "待办")  # type: ignore[misc]
    assert Msg(en="Open", zh="待办").text("zh") == "待办"


def test_every_bilingual_call_names_its_languages() -> None:
    """No positional English/Chinese pair anywhere: the order can never be mistaken again."""
    offenders = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                positional = node.args[1:] if name in {"FileWriteError", "FileBusyError"} else node.args
                if name in BILINGUAL and positional:
                    offenders.append(f"{path.relative_to(DESKTOP)}:{node.lineno} {name}")
    assert offenders == []


def _asks_for_chinese(node: ast.AST) -> bool:
    if isinstance(node, ast.Compare):
        return any(isinstance(c, ast.Constant) and c.value == "zh" for c in node.comparators)
    if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "startswith":
        return any(isinstance(a, ast.Constant) and a.value == "zh" for a in node.args)
    return False


def test_the_language_is_chosen_in_one_helper() -> None:
    offenders = [f"{path.relative_to(DESKTOP)}:{node.lineno}" for path, tree in _sources()
                 if path.name != "msg.py" for node in ast.walk(tree) if _asks_for_chinese(node)]
    assert offenders == []


def test_interface_words_are_the_core_vocabulary(qapp) -> None:
    from PySide6.QtCore import QLocale

    from desktop.ui import labels

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        assert (labels.session_kind("forum"), labels.commitment_status("cannot_do"),
                labels.disposition_kind("referred"), labels.agenda_kind("qa"),
                labels.session_status("live"), labels.satisfactions()["basically_satisfied"],
                labels.opinion_kinds()["complaint"]) == (
            "座谈会", "无法办理", "转办", "答疑", "会议进行", "基本满意", "投诉")
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert (labels.session_kind("forum"), labels.commitment_status("cannot_do"),
                labels.satisfactions()["unsatisfied"]) == ("Forum", "Cannot be done", "Unsatisfied")
        assert labels.session_kind("no_such_kind") == "no_such_kind"
    finally:
        QLocale.setDefault(before)
    source = (DESKTOP / "ui" / "labels.py").read_text(encoding="utf-8")
    assert "QT_TRANSLATE_NOOP" not in source and "Cannot be done" not in source
