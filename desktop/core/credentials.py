"""Passwords of connection profiles, kept in the system's credential store (the ``keyring``
library: Windows Credential Manager, macOS Keychain, the Secret Service on Linux), never in a
settings file. Where no store is available (a bare Linux, CI) nothing is written anywhere: the
password is asked for at each start.
"""
from __future__ import annotations

from .errors import StorageError
from .msg import Msg

SERVICE = "Tingjian"

UNAVAILABLE = Msg(
    en="This computer has no credential store Tingjian can use, so the password is not kept: "
       "it is asked for at each start.",
    zh="本机没有可供听见使用的凭据存储，因此不保存密码：每次启动时询问。")


def _keyring():  # noqa: ANN202 - the keyring module, or None when it is not installed
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def available() -> bool:
    """Whether a real credential store answers (not keyring's "fail" or "null" backends)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken backend is no store
        return False
    return getattr(backend, "priority", 0) > 0 and not type(backend).__module__.endswith(
        ("fail", "null"))


def store(account: str, password: str) -> bool:
    """Keep ``password`` for ``account``; False (nothing written) when there is no store."""
    keyring = _keyring()
    if keyring is None or not available():
        return False
    try:
        keyring.set_password(SERVICE, account, password)
    except Exception as exc:  # noqa: BLE001 - the store refused (locked, denied)
        raise StorageError(en="The system's credential store refused to keep the password; it "
                              "will be asked for at each start.",
                           zh="系统凭据存储拒绝保存密码；以后每次启动时询问。") from exc
    return True


def load(account: str) -> str | None:
    keyring = _keyring()
    if keyring is None or not available():
        return None
    try:
        return keyring.get_password(SERVICE, account)
    except Exception:  # noqa: BLE001 - a locked store: ask instead
        return None


def forget(account: str) -> None:
    keyring = _keyring()
    if keyring is None or not available():
        return
    try:
        keyring.delete_password(SERVICE, account)
    except Exception:  # noqa: BLE001 - nothing was kept
        pass
