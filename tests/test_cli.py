"""The command line, run as a user would run it (a subprocess of `python -m desktop`)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from tests import cli_runner

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m desktop ARGS``: its own process, exit code, stdout and stderr (started from
    a resident process that has the libraries loaded, see ``tests/cli_runner.py``)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TINGJIAN_LANG": "en", **(env or {})}
    return cli_runner.run(list(args), full_env, timeout=120)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"tingjian {__version__}"


def test_demo_sessions_and_check(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    made = run("demo", "--lang", "zh", "--db", db)
    assert made.returncode == 0, made.stderr
    session_id = int(made.stdout.strip())
    listed = run("sessions", "--json", "--db", db)
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["kind"], r["opinions"], r["commitments"]) for r in rows] == [
        (session_id, "listening", 8, 4)]
    assert rows[0]["title"] == "枫林社区2026年第四季度民情恳谈会"
    assert rows[0]["date"] == rows[0]["starts_at"][:10]
    check = run("check", "--db", db)
    assert check.returncode == 0
    assert f"database: {db}" in check.stdout and "quick_check: ok" in check.stdout
    from desktop.core.migrate import head_revision

    assert f"schema:   {head_revision()} (this version: {head_revision()})" in check.stdout
    full = run("check", "--full", "--db", db)
    assert "integrity_check: ok" in full.stdout


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    env = {"TINGJIAN_DATA_DIR": str(tmp_path / "data")}
    assert run("demo", "--lang", "en", env=env).returncode == 0
    assert (tmp_path / "data" / "tingjian.db").exists()
    text = run("sessions", env=env).stdout
    assert "Riverside Ward community forum" in text


def test_bad_database_gets_a_message_not_a_traceback(tmp_path: Path) -> None:
    bogus = tmp_path / "letter.db"
    bogus.write_text("Dear council, ...")
    result = run("sessions", "--db", str(bogus))
    assert result.returncode == 2
    assert "not a Tingjian database" in result.stderr and "Traceback" not in result.stderr
    assert bogus.read_text() == "Dear council, ..."
    missing = run("check", "--db", str(tmp_path / "no" / "such.db"))
    assert missing.returncode == 2 and "no database" in missing.stderr


def test_messages_follow_the_language(tmp_path: Path) -> None:
    bogus = tmp_path / "x.db"
    bogus.write_text("nope")
    result = run("sessions", "--db", str(bogus), env={"TINGJIAN_LANG": "zh_CN.UTF-8"})
    assert "不是听见的数据库" in result.stderr


def test_self_test_opens_the_main_window(tmp_path: Path) -> None:
    result = run("--self-test", env={"TINGJIAN_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout and "ok" in result.stdout


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on 3.12+")
def test_pinned_pyside_is_not_the_leaking_release() -> None:
    import PySide6

    assert not PySide6.__version__.startswith("6.12.0")


def test_thousands_of_void_qt_calls_do_not_crash() -> None:
    """PySide6 6.12.0 on 3.11 aborts ("none_dealloc") after ~5,000 calls returning None."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication, QPushButton\n"
        "app = QApplication([])\n"
        "button = QPushButton()\n"
        "before = sys.getrefcount(None)\n"
        "for i in range(20_000):\n"
        "    button.setEnabled(i % 2 == 0)\n"
        "print('done', sys.getrefcount(None) - before)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.startswith("done")
    if sys.version_info < (3, 12):
        assert abs(int(result.stdout.split()[1])) < 1000  # no reference drained per call


def _commands(parser, prefix=()):
    """(name path, help text, sub-parser) for every command and sub-command of the parser."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, child in action.choices.items():
                yield (*prefix, name), helps.get(name), child
                yield from _commands(child, (*prefix, name))


def test_every_command_says_what_it_does() -> None:
    from desktop.cli import build_parser

    found = {path: text for path, text, _ in _commands(build_parser())}
    expected = {("gui",), ("check",), ("demo",), ("sessions",), ("session",), ("session", "new"),
                ("import",), ("backup",), ("backups",), ("restore",), ("minutes",),
                ("report-back",), ("approve",), ("export",), ("report",), ("report", "rates")}
    assert expected <= set(found)
    for path, text in found.items():
        assert text and len(text.split()) >= 3, f"{' '.join(path)}: help {text!r}"


def test_opened_closes_the_database_when_the_command_fails(tmp_path: Path, monkeypatch) -> None:
    import argparse

    from desktop.cli import common, opened

    closed: list[str] = []
    real_open = common._open

    def spying_open(args, *, create=True):
        db = real_open(args, create=create)
        real_close = db.close
        db.close = lambda: (closed.append(str(args.db)), real_close())
        return db

    monkeypatch.setattr(common, "_open", spying_open)
    args = argparse.Namespace(db=str(tmp_path / "closed.db"))
    with pytest.raises(RuntimeError), opened(args):
        raise RuntimeError("the command broke")
    assert closed == [args.db]
    with opened(args) as db:
        assert db.check() == ["ok"]
    assert closed == [args.db, args.db]
