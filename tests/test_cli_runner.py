"""The tests' quick start of `python -m desktop` (``tests/cli_runner.py``) behaves as a real
process of it: the same exit code, output and errors, its own environment, language and time
zone, nothing left behind in the next command, and a command that hangs is stopped."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests import cli_runner

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the quick start needs fork")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TINGJIAN_LANG": "en",
            "TINGJIAN_DATA_DIR": str(tmp_path / "data"), **extra}


def _same(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    quick = cli_runner.run(args, env)
    real = cli_runner.spawn(args, env)  # the oracle: a real process
    assert (quick.returncode, quick.stdout, quick.stderr) == \
        (real.returncode, real.stdout, real.stderr), args
    return quick


def test_output_errors_and_exit_codes_are_a_real_processes(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    env = _env(tmp_path)
    assert cli_runner.run(["demo", "--lang", "zh", "--db", db], env).returncode == 0
    assert _same(["--version"], env).returncode == 0
    assert _same(["sessions", "--json", "--db", db], env).stdout.startswith("[")
    refused = _same(["report", "rates", "--from", "2026-13-01", "--db", db], env)
    assert refused.returncode == 2 and "not a date" in refused.stderr
    assert _same(["no-such-command"], env).returncode == 2  # argparse's own exit
    zh = _same(["sessions", "--db", str(tmp_path / "none" / "x.db")],
               _env(tmp_path, TINGJIAN_LANG="zh_CN.UTF-8"))
    assert zh.returncode == 2 and any("\u4e00" <= ch <= "\u9fff" for ch in zh.stderr)


def test_each_command_has_its_own_environment_and_zone(tmp_path: Path) -> None:
    db = str(tmp_path / "b.db")
    late = cli_runner.run(["session", "new", "--title", "Late forum", "--date", "2026-12-20",
                           "--time", "23:30", "--db", db], _env(tmp_path, TZ="UTC"))
    assert late.returncode == 0, late.stderr
    by_zone = {}
    for zone in ("UTC", "Asia/Shanghai", "America/New_York", "UTC"):
        listed = _same(["sessions", "--db", db], _env(tmp_path, TZ=zone))
        by_zone.setdefault(zone, set()).add(listed.stdout)
    assert len(by_zone["UTC"]) == 1  # the zone of one command is gone in the next
    assert "2026-12-20" in next(iter(by_zone["UTC"]))  # and it was used: 23:30 in UTC is
    assert "2026-12-21" in next(iter(by_zone["Asia/Shanghai"]))  # the next day in Shanghai


def test_a_command_that_runs_too_long_is_stopped(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    env = _env(tmp_path)
    assert cli_runner.run(["demo", "--db", db], env).returncode == 0
    with pytest.raises(subprocess.TimeoutExpired):
        cli_runner.run(["watch", "--db", db], env, timeout=2)
    assert cli_runner.run(["--version"], env).returncode == 0  # the next one still runs
