"""Writing files: atomic replace, nothing left behind, clear errors when the file is busy or the disk full."""
from __future__ import annotations

import errno
import hashlib
import os

import pytest

from desktop.minutes import FileBusyError, FileWriteError, write_minutes
from desktop.core import files
from desktop.minutes import safe_write
from desktop.minutes.safe_write import TEMP_PREFIX, lock_files, suggest_alternative, write_atomically

OLD = b"old minutes"
NEW = b"new minutes" * 1000


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


def test_writes_new_and_replaces_old(tmp_path):
    target = tmp_path / "纪要.docx"
    write_atomically(target, OLD)
    assert target.read_bytes() == OLD
    write_atomically(target, NEW)
    assert target.read_bytes() == NEW
    assert leftovers(tmp_path) == []


def test_keeps_permissions_of_the_file_it_replaces(tmp_path):
    target = tmp_path / "m.docx"
    target.write_bytes(OLD)
    os.chmod(target, 0o640)
    write_atomically(target, NEW)
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("broken", ["replace", "fsync", "write"])
def test_failure_keeps_old_file_and_leaves_no_temp(tmp_path, monkeypatch, broken):
    target = tmp_path / "minutes.docx"
    target.write_bytes(OLD)

    def boom(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    if broken == "replace":
        monkeypatch.setattr(safe_write.os, "replace", boom)
    elif broken == "fsync":
        monkeypatch.setattr(safe_write.os, "fsync", boom)
    else:
        real_fdopen = os.fdopen

        class Failing:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data):
                self.handle.write(data[:10])
                raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(safe_write.os, "fdopen", lambda fd, mode: Failing(real_fdopen(fd, mode)))
    with pytest.raises(FileWriteError) as caught:
        write_atomically(target, NEW)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []
    assert "未改动" in caught.value.message("zh") and "not changed" in caught.value.message("en")


def test_crash_mid_write_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "minutes.docx"
    target.write_bytes(OLD)

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(safe_write.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, NEW)
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


def test_disk_full_has_a_clear_message(tmp_path, monkeypatch):
    target = tmp_path / "minutes.docx"
    target.write_bytes(OLD)

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", full)
    with pytest.raises(FileWriteError) as caught:
        write_atomically(target, NEW)
    assert "磁盘空间不足" in caught.value.message("zh")
    assert "not enough disk space" in caught.value.message("en")
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


def test_target_open_in_word_on_windows(tmp_path, monkeypatch):
    target = tmp_path / "minutes.docx"
    target.write_bytes(OLD)

    def refused(*args):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(safe_write.os, "replace", refused)
    with pytest.raises(FileBusyError) as caught:
        write_atomically(target, NEW)
    error = caught.value
    assert error.path == target
    assert "minutes (2).docx" in error.message("zh") and "minutes (2).docx" in error.message("en")
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


@pytest.mark.parametrize("name, lock", [
    ("minutes.docx", "~$inutes.docx"),  # Word drops the first character of a 7-character name
    ("document1.docx", "~$cument1.docx"),  # and the first two of longer names
    ("纪要.docx", "~$纪要.docx"),
    ("notes1.docx", "~$notes1.docx"),
    ("minutes.docx", ".~lock.minutes.docx#"),  # LibreOffice
])
def test_owner_lock_file_means_busy(tmp_path, name, lock):
    target = tmp_path / name
    target.write_bytes(OLD)
    (tmp_path / lock).write_bytes(b"owner")
    assert lock_files(target)
    with pytest.raises(FileBusyError):
        write_atomically(target, NEW)
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


def test_folder_not_writable_or_missing(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", denied)
    with pytest.raises(FileWriteError) as caught:
        write_atomically(tmp_path / "m.docx", NEW)
    assert not isinstance(caught.value, FileBusyError)
    assert "没有权限" in caught.value.message("zh")
    monkeypatch.undo()
    with pytest.raises(FileWriteError):
        write_atomically(tmp_path / "missing" / "m.docx", NEW)
    with pytest.raises(FileWriteError):
        write_atomically(tmp_path, NEW)  # a folder


def test_suggest_alternative_skips_taken_names(tmp_path):
    target = tmp_path / "minutes.docx"
    assert suggest_alternative(target) == tmp_path / "minutes (2).docx"
    (tmp_path / "minutes (2).docx").write_bytes(b"")
    (tmp_path / "~$nutes (3).docx").write_bytes(b"")  # (3) is open in Word
    assert suggest_alternative(target) == tmp_path / "minutes (4).docx"


def test_write_minutes_reports_hash_and_size(tmp_path, zh_content):
    result = write_minutes(zh_content, "plain", tmp_path / "m.docx")
    data = result.path.read_bytes()
    assert result.size == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert leftovers(tmp_path) == []
