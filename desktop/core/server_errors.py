"""What a database server's refusal means, in the user's words instead of the driver's.

psycopg reports a refused connection, a server shutting down ("FATAL: the database system is
shutting down") or a dropped network as ``OperationalError``; SQLAlchemy wraps it. The SQLSTATE
class tells them apart (08: connection, 57P: the server is stopping or starting, 28: who you
are, 3D: no such database); the driver's text is never shown.
"""
from __future__ import annotations

from .errors import ServerUnreachableError, StorageError

# SQLSTATEs of a server that went away or is not there yet: try again later.
_GONE = {"57P01", "57P02", "57P03", "57P05"}  # admin/crash shutdown, cannot connect now, idle


def sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlstate", None)
    return code if isinstance(code, str) else None


def is_unreachable(exc: BaseException) -> bool:
    """A connection-level failure: refused, shutting down, dropped, timed out."""
    if getattr(exc, "connection_invalidated", False):
        return True
    code = sqlstate(exc)
    if code is None:
        # No SQLSTATE: the server never answered (refused, no route, timeout, connection lost).
        orig = getattr(exc, "orig", None) or exc
        return type(orig).__name__ in {"OperationalError", "InterfaceError", "ConnectionTimeout"}
    return code in _GONE or code.startswith("08")


def server_error(exc: BaseException, where: str) -> StorageError:
    """The bilingual error for a failed use of the server at ``where`` (shown without password)."""
    code = sqlstate(exc)
    where = where.replace("postgresql+psycopg://", "postgresql://")  # the driver is ours to know
    if is_unreachable(exc):
        return ServerUnreachableError(
            en=f"Cannot reach the database server {where}: it is not answering, is restarting or "
               "the network dropped. Check that the server runs and this laptop is on its "
               "network. Captured opinions are kept on this laptop and sent when it is back.",
            zh=f"无法连接数据库服务器 {where}：服务器没有响应、正在重启或网络已断开。请检查服务器是否运行、"
               "本机是否连在同一网络。现场记录的意见先保存在本机，服务器恢复后自动发送。")
    if code is not None and code.startswith("28"):
        return StorageError(
            en=f"The database server {where} refused the user name or password. Check the "
               "connection profile in Settings (the password is in the system's credential "
               "store).",
            zh=f"数据库服务器 {where} 拒绝了用户名或密码。请在“设置”中检查连接配置（密码保存在系统的凭据存储中）。")
    if code == "3D000":
        return StorageError(
            en=f"The database named in {where} does not exist on the server. Create it first "
               "(see “Setting up a room” in the README) or correct the profile.",
            zh=f"服务器上没有 {where} 中指定的数据库。请先创建它（见说明文件“为会场准备数据库”）或更正连接配置。")
    return StorageError(
        en=f"The database server {where} refused the operation (code {code or 'unknown'}); "
           "nothing was saved. Try again; if it keeps happening, ask whoever runs the server.",
        zh=f"数据库服务器 {where} 拒绝了本次操作（代码 {code or '未知'}），未保存任何内容。请重试；"
           "如果反复出现，请联系服务器管理员。")
