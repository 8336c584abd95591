"""Drafts of text typed but not yet saved, kept in the data folder so a crash loses nothing.

A draft is a small JSON document written atomically (temporary file, fsync, ``os.replace``,
fsync of the folder), so after a power cut or ``kill -9`` the file is either the previous
draft or the new one, never a torn mix. When the data folder cannot take it (a full or
read-only disk) the draft goes to a folder under the system's temporary folder instead.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
import threading
from pathlib import Path
from typing import Any

from ..files import replace_file
from ..paths import data_dir

DRAFT_VERSION = 1


def drafts_dir() -> Path:
    return data_dir() / "drafts"


def fallback_drafts_dir() -> Path:
    """Where drafts go when the data folder refuses them: one folder per data folder."""
    tag = hashlib.sha1(str(data_dir()).encode("utf-8")).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"tingjian-drafts-{tag}"


def draft_path(session_id: int, folder: Path | None = None) -> Path:
    return (folder or drafts_dir()) / f"session-{session_id}.json"


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_file(path, lambda handle: handle.write(data))


class DraftStore:
    """The unsaved form of one session: ``save`` when it changed, ``load`` after a restart."""

    def __init__(self, session_id: int, folder: Path | None = None) -> None:
        self.path = draft_path(session_id, folder)
        self.fallback = draft_path(session_id, fallback_drafts_dir()) if folder is None else None
        self.elsewhere: Path | None = None  # set while the draft lives in the fallback folder
        self._last: bytes | None = None
        self._lock = threading.Lock()
        self._pending: dict[str, Any] | None = None
        self._worker: threading.Thread | None = None
        self.last_error: OSError | None = None

    def save(self, fields: dict[str, Any]) -> bool:
        """Write the draft if it differs from the last one written; returns whether it wrote.
        An empty form removes the draft."""
        if not any(str(v).strip() for k, v in fields.items() if k in ("text", "reply_text")):
            self._remove()
            return False
        data = json.dumps({"version": DRAFT_VERSION, "fields": fields}, ensure_ascii=False,
                          sort_keys=True).encode("utf-8")
        if data == self._last:
            return False
        try:
            write_atomic(self.path, data)
            self.elsewhere = None
        except OSError:
            if self.fallback is None:
                raise
            write_atomic(self.fallback, data)  # the data folder is full or read-only
            self.elsewhere = self.fallback
        self._last = data
        return True

    def save_later(self, fields: dict[str, Any]) -> None:
        """Like ``save`` but the write (with its fsync) happens on a background thread, so the
        screen never waits for the disk; only the newest pending draft is written."""
        with self._lock:
            self._pending = dict(fields)
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._drain, name="draft-writer",
                                                daemon=True)
                self._worker.start()

    def _drain(self) -> None:
        while True:
            with self._lock:
                fields, self._pending = self._pending, None
                if fields is None:
                    self._worker = None
                    return
            try:
                self.save(fields)
            except OSError as exc:
                self.last_error = exc

    def flush(self, timeout: float = 5.0) -> None:
        """Wait until the background writes are done (before clearing, closing, in tests)."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)

    def load(self) -> dict[str, Any] | None:
        candidates = [p for p in (self.path, self.fallback) if p is not None and p.exists()]
        if not candidates:
            return None
        newest = max(candidates, key=lambda p: p.stat().st_mtime_ns)
        try:
            doc = json.loads(newest.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return None  # unreadable drafts are not worth an error at the start of a session
        fields = doc.get("fields") if isinstance(doc, dict) else None
        return fields if isinstance(fields, dict) else None

    def clear(self) -> None:
        with self._lock:
            self._pending = None
        if self._worker is not threading.current_thread():
            self.flush()
        self._remove()

    def _remove(self) -> None:
        for path in (self.path, self.fallback):
            if path is None:
                continue
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass  # a read-only data folder: the stale draft is superseded by the next one
        self._last = None
        self.elsewhere = None
