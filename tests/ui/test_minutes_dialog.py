"""The minutes dialog: generate off the GUI thread, fall back, approve, report back."""
from __future__ import annotations

from pathlib import Path

import docx

from desktop.core.services import minutes_versions


def dialog_for(application, tmp_path: Path):
    window = application.window
    window.create_demo()
    window.sessions_page.table.selectRow(0)
    window.open_minutes()
    dialog = window.minutes_dialog
    dialog.out.setText(str(tmp_path / "minutes.docx"))
    return dialog


def test_generate_then_approve(application, qtbot, tmp_path: Path) -> None:
    dialog = dialog_for(application, tmp_path)
    assert dialog.windowTitle().startswith("Minutes — Riverside")
    with qtbot.waitSignal(dialog.versions.modelReset, timeout=30_000):
        dialog.generate()
    assert dialog.progress.isHidden() and dialog.open_button.isEnabled()
    assert "Version 1 written to" in dialog.status.text()
    heading = docx.Document(str(tmp_path / "minutes.docx")).paragraphs
    assert any("Riverside Ward community forum" in p.text for p in heading)
    dialog.table.selectRow(0)
    dialog.approve_selected()
    version = minutes_versions.list_versions(application.ctx.db, dialog.session_id)[0]
    assert (version.status, version.approved_by) == ("approved", "陈建国")
    assert "approved by 陈建国" in dialog.versions.data(dialog.versions.index(0, 3))


def test_bad_template_offers_plain(application, qtbot, feedback, tmp_path: Path) -> None:
    dialog = dialog_for(application, tmp_path)
    bad = tmp_path / "letterhead.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 encrypted")
    dialog.style.setCurrentIndex(dialog.style.findData("template"))
    dialog.template.setText(str(bad))
    with qtbot.waitSignal(dialog.versions.modelReset, timeout=30_000):
        dialog.generate()
    assert "plain style instead" in feedback.questions[-1]
    assert minutes_versions.list_versions(application.ctx.db, dialog.session_id)[0].style == "plain"


def test_report_back_from_the_dialog(application, qtbot, tmp_path: Path) -> None:
    dialog = dialog_for(application, tmp_path)
    dialog.report_back()
    qtbot.waitUntil(lambda: "Report back written" in dialog.status.text(), timeout=30_000)
    assert (tmp_path / "minutes-report-back.docx").exists()


def test_no_session_selected_is_explained(application, feedback) -> None:
    application.window.open_minutes()
    assert feedback.errors == ["Select a session on the Sessions page first."]
