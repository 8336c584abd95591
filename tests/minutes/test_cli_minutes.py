"""`tingjian session new`, `minutes`, `report-back` and `export` as a user runs them."""
from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from desktop.core.vocabulary import language_of_text
from tests.test_cli import run


def test_language_follows_the_titles_script() -> None:
    assert language_of_text("枫林社区2026年第四季度民情恳谈会") == "zh"
    assert language_of_text("2026年12月 居民议事会 (Block 5)") == "zh"
    assert language_of_text("Riverside forum 2026") == "en"
    assert language_of_text("") == "en"


def test_a_chinese_title_gives_chinese_minutes_on_an_english_machine(tmp_path: Path) -> None:
    db = str(tmp_path / "d.db")
    env = {"LANG": "en_US.UTF-8", "TINGJIAN_LANG": "en"}
    made = run("session", "new", "--title", "青石社区民情恳谈会", "--date", "2026-11-18", "--db", db, env=env)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "m.docx"
    minutes = run("minutes", made.stdout.strip(), "--out", str(out), "--db", db, env=env)
    assert minutes.returncode == 0, minutes.stderr
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "一、会议议程" in texts and not any(t.startswith("1. Agenda") for t in texts)
    english = run("session", "new", "--title", "Riverside forum", "--date", "2026-11-18", "--db", db, env=env)
    en_out = tmp_path / "en.docx"
    assert run("minutes", english.stdout.strip(), "--out", str(en_out), "--db", db, env=env).returncode == 0
    assert "1. Agenda" in [p.text for p in docx.Document(str(en_out)).paragraphs]


def test_recorded_files_are_refused_by_every_command(tmp_path: Path) -> None:
    db = str(tmp_path / "d.db")
    assert run("demo", "--lang", "zh", "--db", db).returncode == 0
    assert run("session", "new", "--title", "第二次恳谈会", "--date", "2026-12-18", "--db", db).returncode == 0
    approved = tmp_path / "纪要.docx"
    assert run("minutes", "1", "--out", str(approved), "--db", db).returncode == 0
    assert run("approve", "1", "--by", "陈建国", "--db", db).returncode == 0
    before = approved.read_bytes()
    for args in (("report-back", "1"), ("minutes", "2"), ("minutes", "1", "--style", "plain", "--public"),
                 ("export", "--format", "xlsx")):
        refused = run(*args, "--out", str(approved), "--db", db)
        assert refused.returncode == 2, (args, refused.stdout)
        assert "never written over" in refused.stderr and "纪要 (2).docx" in refused.stderr, args
        assert "Traceback" not in refused.stderr
    assert approved.read_bytes() == before


def test_pdf_is_written_when_libreoffice_is_installed(tmp_path: Path) -> None:
    db = str(tmp_path / "d.db")
    assert run("demo", "--lang", "zh", "--db", db).returncode == 0
    out = tmp_path / "m.docx"
    made = run("minutes", "1", "--out", str(out), "--pdf", "--db", db)
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        assert made.returncode == 0 and "LibreOffice" in made.stderr and not out.with_suffix(".pdf").exists()
        pytest.skip("LibreOffice not installed")
    assert made.returncode == 0, made.stderr
    pdf = out.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in made.stdout
    no_office = run("minutes", "1", "--out", str(tmp_path / "n.docx"), "--pdf", "--db", db,
                    env={"TINGJIAN_SOFFICE": str(tmp_path / "no-such-soffice")})
    assert no_office.returncode == 0 and "LibreOffice" in no_office.stderr
    assert (tmp_path / "n.docx").exists() and not (tmp_path / "n.pdf").exists()
