"""The privacy review dialog, reachable from the minutes dialog before a public approval."""
from __future__ import annotations

import os

from desktop.core.services import minutes_versions
from desktop.ui.minutes.dialog import MinutesDialog
from tests.core import hostile_session as hostile


def _wait_for_items(qtbot, dialog):
    qtbot.waitUntil(lambda: bool(dialog.items), timeout=20_000)


def test_review_dialog_decides_and_approval_waits_for_it(application, qtbot, feedback, tmp_path):
    ctx = application.ctx
    sid = hostile.build(ctx.db)
    minutes = MinutesDialog(ctx, feedback, sid)
    qtbot.addWidget(minutes)
    minutes.public.setChecked(True)
    minutes.style.setCurrentIndex(minutes.style.findData("plain"))
    minutes.out.setText(str(tmp_path / "public.docx"))
    minutes.generate()
    qtbot.waitUntil(lambda: minutes.versions.rowCount() == 1, timeout=30_000)
    version = minutes.versions.row_at(0)
    assert version.public and version.privacy_open > 0
    minutes.table.selectRow(0)
    feedback.answer = False  # "open the review now?" -> no
    minutes.approve_selected()
    assert "cannot be approved" in feedback.questions[-1]
    assert minutes_versions.list_versions(ctx.db, sid)[0].status == "draft"

    dialog = minutes.open_review()
    qtbot.addWidget(dialog)
    _wait_for_items(qtbot, dialog)
    dialog.resize(1100, 640)
    if os.environ.get("TINGJIAN_SCREENSHOTS"):
        dialog.grab().save(os.environ["TINGJIAN_SCREENSHOTS"] + "/issue12-review.png")
    kinds = {i.kind for i in dialog.items}
    assert {"name", "mobile", "resident_id", "suspicious"} <= kinds
    dialog.open_only.setChecked(True)
    open_rows = dialog.model.rowCount()
    assert open_rows == version.privacy_open
    dialog.table.selectAll()
    dialog.decide("keep")
    assert not any(i.open for i in dialog.items)
    assert "0 open" in dialog.summary.text()

    feedback.answer = True  # the draft's file is recorded: "save as 纪要 (2).docx instead?" -> yes
    minutes.generate()
    qtbot.waitUntil(lambda: minutes.versions.rowCount() == 2, timeout=30_000)
    assert any("never written over" in q for q in feedback.questions)
    newest = max(minutes_versions.list_versions(ctx.db, sid), key=lambda v: v.version)
    assert newest.privacy_open == 0
    feedback.answer = True
    row = next(n for n in range(minutes.versions.rowCount()) if minutes.versions.row_at(n).id == newest.id)
    minutes.table.selectRow(row)
    minutes.approve_selected()
    assert next(v for v in minutes_versions.list_versions(ctx.db, sid) if v.id == newest.id).status == "approved"
