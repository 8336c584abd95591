"""notice / signin-sheet / slips / result-notice / paperwork-settings / reopen from the command line."""
from __future__ import annotations

import json
import re
from pathlib import Path

import docx

from tests.test_cli import run


def _all_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_four_documents_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    session = run("demo", "--lang", "zh", "--db", db).stdout.strip()
    settings = run("paperwork-settings", "--set", "slip_number_format=青石交〔{year}〕{n}号",
                   "--set", "hotline=0571-86001234", "--db", db)
    assert settings.returncode == 0 and "青石交〔{year}〕{n}号" in settings.stdout
    for command, name in (("notice", "notice"), ("signin-sheet", "sheet"), ("slips", "slips"),
                          ("result-notice", "result")):
        out = tmp_path / f"{name}.docx"
        done = run(command, session, "--out", str(out), "--db", db)
        assert done.returncode == 0, done.stderr
        assert str(out) in done.stdout and out.exists()
    slips = _all_text(tmp_path / "slips.docx")
    assert len(set(re.findall(r"青石交〔\d{4}〕(\d+)号", slips))) == 4  # the demo's 4 commitments
    assert "0571-86001234" in _all_text(tmp_path / "notice.docx")
    poster = tmp_path / "poster.docx"
    assert run("notice", session, "--poster", "--paper", "a3", "--out", str(poster),
               "--db", db).returncode == 0
    section = docx.Document(str(poster)).sections[0]
    assert round(section.page_height.mm) == 420


def test_refusals_are_one_readable_line(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    session = run("demo", "--lang", "en", "--db", db).stdout.strip()
    out = tmp_path / "notice.docx"
    made = run("notice", session, "--out", str(out), "--db", db)
    version_id = re.search(r"id (\d+)", made.stdout).group(1)
    assert run("approve", version_id, "--by", "Chair", "--db", db).returncode == 0
    before = out.read_bytes()
    again = run("result-notice", session, "--out", str(out), "--db", db)
    assert again.returncode == 2 and "locked" in again.stderr and "Traceback" not in again.stderr
    assert out.read_bytes() == before
    bad = run("paperwork-settings", "--set", "slip_number_format=No. {x}", "--db", db)
    assert bad.returncode == 2 and "{n}" in bad.stderr
    missing = run("slips", "999", "--out", str(tmp_path / "s.docx"), "--db", db)
    assert missing.returncode == 2 and "999" in missing.stderr
    wrong = run("notice", session, "--out", str(tmp_path / "n.pdf"), "--db", db)
    assert wrong.returncode == 2 and ".docx" in wrong.stderr


def test_rates_report_adds_on_time_and_reopen_rates(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    run("demo", "--lang", "zh", "--db", db)
    data = json.loads(run("report", "rates", "--json", "--db", db).stdout)
    total = data["handling"]["total"]
    assert set(total) == {"due", "on_time", "completed", "reopened", "on_time_rate", "reopen_rate"}
    text = run("report", "rates", "--db", db, env={"TINGJIAN_LANG": "zh"}).stdout
    assert "按时办结率" in text and "重办率" in text
