"""The documents dialog of the session editor: writes off the GUI thread, records a version."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import docx
from PySide6.QtCore import Qt

from desktop.core.services import minutes_versions, paperwork
from desktop.core.demo import create_demo
from desktop.ui.prepare.session_dialog import SessionDialog


def _demo(application) -> int:
    ctx = application.ctx
    return create_demo(ctx.db, "en", now=ctx.clock.now()).id


def test_notice_from_the_session_editor(application, qtbot, feedback, tmp_path: Path) -> None:
    session_id = _demo(application)
    ctx = application.ctx
    editor = SessionDialog(ctx, feedback, session_id)
    qtbot.addWidget(editor)
    assert editor.documents_button.isEnabled()
    dialog = editor.open_documents()
    dialog.folder.setText(str(tmp_path))
    dialog.edits["hotline"].setText("0571-86001234")
    dialog.edits["slip_number_format"].setText("河畔交〔{year}〕{n}号")
    dialog.write()
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=30_000)
    assert dialog.progress.isHidden()
    assert "Version 1 written to" in dialog.status.text()
    written = dialog.last_path
    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert "0571-86001234" in text  # the organisation's own hotline is not masked
    assert paperwork.get_settings(ctx.db).slip_number_format == "河畔交〔{year}〕{n}号"
    styles = [v.style for v in minutes_versions.list_versions(ctx.db, session_id)]
    assert styles == ["notice"]
    dialog.grab().save("/tmp/issue19-documents-dialog.png")


def test_a_bad_slip_format_is_refused_with_a_message(application, qtbot, feedback,
                                                     tmp_path: Path) -> None:
    session_id = _demo(application)
    editor = SessionDialog(application.ctx, feedback, session_id)
    qtbot.addWidget(editor)
    dialog = editor.open_documents()
    dialog.folder.setText(str(tmp_path))
    dialog.kind.setCurrentIndex(4)  # slips
    dialog.edits["slip_number_format"].setText("交〔{year}〕号")  # no {n}
    dialog.write()
    qtbot.waitUntil(lambda: bool(feedback.errors), timeout=30_000)
    assert "{n}" in feedback.errors[-1]
    assert not list(tmp_path.glob("*.docx"))
    assert minutes_versions.list_versions(application.ctx.db, session_id) == []


def test_an_unsatisfied_call_reopens_a_completed_commitment(application, feedback) -> None:
    from desktop.core.services import commitments, followups, owners, register
    from desktop.ui.followup import dialogs

    ctx = application.ctx
    session_id = _demo(application)
    owner = owners.create_owner(ctx.db, "物业办")
    cid = commitments.create_commitment(ctx.db, session_id, "修路灯", owner.id,
                                        ctx.clock.now() + timedelta(days=30)).id
    call = dialogs.FollowUpDialog(ctx, feedback, commitment_id=cid)
    assert not call.reopen.isEnabled()
    call.satisfaction.setCurrentIndex(call.satisfaction.findData("unsatisfied"))
    assert call.reopen.isEnabled()
    call.reopen.setChecked(True)
    assert not call.try_accept()  # not completed yet: refused before anything is written
    assert followups.list_followups(ctx.db, commitment_id=cid) == []
    commitments.set_status(ctx.db, cid, "done")
    assert call.try_accept()
    assert register.rows_for(ctx.db, [cid])[cid].status == "in_progress"
    (reopening,) = paperwork.reopenings(ctx.db, [cid])
    assert reopening.follow_up_id == followups.list_followups(ctx.db, commitment_id=cid)[0].id


def test_the_register_shows_the_work_order(application, tmp_path: Path) -> None:
    from desktop.core.importing.opinions import import_opinions, preview_opinions
    from desktop.core.services import commitments, opinions, owners

    ctx = application.ctx
    session_id = _demo(application)
    f = tmp_path / "orders.csv"
    f.write_text("工单号,内容\n2026112300123,路灯不亮\n", encoding="utf-8")
    import_opinions(ctx.db, preview_opinions(ctx.db, session_id, f))
    opinion = next(o for o in opinions.list_opinions(ctx.db, session_id) if o.work_order_no)
    owner = owners.create_owner(ctx.db, "物业办")
    commitments.create_commitment(ctx.db, session_id, "修路灯", owner.id,
                                  ctx.clock.now() + timedelta(days=30), opinion_ids=[opinion.id])
    page = application.window.followup_page
    page.register.model.refresh()
    model = page.register.model
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Work order"
    shown = [model.data(model.index(r, 6)) for r in range(model.rowCount())]
    assert "12345 · 2026112300123" in shown
    page.resize(1200, 600)
    page.grab().save("/tmp/issue19-register.png")
