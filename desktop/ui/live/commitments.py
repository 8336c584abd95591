"""Commitments made on the live page, and reading them back to the room."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog

from ...core.live import commitments as live_commitments
from ...core.live.capture import opinion_detail
from ...core.services import sessions
from . import undo
from .dialogs import CommitmentDialog, ReadBackDialog

if TYPE_CHECKING:
    from ...core.models import ListeningSession
    from ..context import AppContext
    from .secretary import SecretaryPanel


class CommitmentActions:
    """Part of ``LivePage``: making a commitment from the chosen opinions, the read-back."""

    ctx: AppContext
    session_id: int | None
    session: ListeningSession | None
    secretary: SecretaryPanel

    def commitment_targets(self) -> list[int]:
        ids = self.secretary.selected_ids()
        if not ids and self.secretary.rows:
            ids = [self.secretary.rows[0].id]  # the opinion just captured
        return ids

    def make_commitment(self, values: dict[str, Any] | None = None) -> bool:
        ids = self.commitment_targets()
        if not ids or self.session_id is None:
            return False
        sid, db = self.session_id, self.ctx.db
        if values is None:
            opinion, _ = opinion_detail(db, ids[0])
            dialog = CommitmentDialog(
                live_commitments.default_title(opinion.text), sessions.session_owners(db, sid),
                live_commitments.policy_names(self.ctx.language, db),
                live_commitments.session_policy(db, sid),
                lambda key: live_commitments.propose_due(key, self._now(), db), len(ids),
                self.ctx.language, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        chosen = dict(values)
        return self.push(lambda: undo.CommitmentCommand(
            self.tr("Make commitment"), db,
            lambda: live_commitments.commit_from_opinions(db, sid, ids, **chosen)))

    def read_back(self) -> None:
        if self.session_id is None:
            return
        rows = live_commitments.read_back_rows(self.ctx.db, self.session_id)
        dialog = ReadBackDialog(rows, self.session.read_back_at if self.session else None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_read_back()

    def mark_read_back(self) -> None:
        sid, db = self.session_id, self.ctx.db
        old = self.session.read_back_at if self.session else None
        now = self._now()
        self.push(lambda: undo.ServiceCommand(
            self.tr("Mark as read back"),
            lambda: live_commitments.mark_read_back(db, sid, now),  # type: ignore[arg-type]
            lambda: sessions.update_session(db, sid, read_back_at=old)))  # type: ignore[arg-type]
