"""Connection profiles: which database this laptop uses, by name. The embedded SQLite file in
the data folder is the default; a room's PostgreSQL server is a profile with host, port,
database, user and TLS mode. Profiles are kept in ``connections.json`` in the data folder, the
password never (it is in the system's credential store, ``credentials.py``).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from urllib.parse import quote

from .errors import NotFoundError, ValidationError
from .paths import data_dir

SSL_MODES = ("disable", "require", "verify-full")
CONNECT_TIMEOUT_S = 5  # a dropped network is noticed in seconds, not minutes
EMBEDDED = ""  # the name of the default: the SQLite file in the data folder


@dataclass(frozen=True)
class Profile:
    name: str
    host: str
    port: int = 5432
    database: str = "tingjian"
    user: str = "tingjian_room"
    sslmode: str = "require"
    ca_file: str = ""  # the server's CA certificate, needed for verify-full
    ask_password: bool = False  # asked at each start instead of kept in the credential store

    @property
    def account(self) -> str:
        """The credential store's key for its password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        query = f"sslmode={self.sslmode}&connect_timeout={CONNECT_TIMEOUT_S}"
        if self.ca_file:
            query += "&sslrootcert=" + quote(self.ca_file, safe="/:\\")
        return (f"postgresql://{auth}@{self.host}:{self.port}/{quote(self.database, safe='')}"
                f"?{query}")


def check(profile: Profile) -> Profile:
    name, host = profile.name.strip(), profile.host.strip()
    if not name:
        raise ValidationError(en="Give the connection a name.", zh="请为连接命名。")
    if not host:
        raise ValidationError(en="The server's address (host) is missing.",
                              zh="缺少服务器地址（主机）。")
    if not 1 <= int(profile.port) <= 65535:
        raise ValidationError(en="The port is a number from 1 to 65535.",
                              zh="端口应为 1 到 65535 之间的数字。")
    if not profile.database.strip() or not profile.user.strip():
        raise ValidationError(en="Name the database and the user.", zh="请填写数据库名和用户名。")
    if profile.sslmode not in SSL_MODES:
        raise ValidationError(en=f"TLS mode is one of {', '.join(SSL_MODES)}.",
                              zh=f"TLS 模式应为 {'、'.join(SSL_MODES)} 之一。")
    if profile.sslmode == "verify-full" and not profile.ca_file.strip():
        raise ValidationError(en="verify-full needs the server's CA certificate file.",
                              zh="verify-full 模式需要服务器的 CA 证书文件。")
    return Profile(name, host, int(profile.port), profile.database.strip(),
                   profile.user.strip(), profile.sslmode, profile.ca_file.strip(),
                   bool(profile.ask_password))


def profiles_path() -> Path:
    return data_dir() / "connections.json"


def load_profiles(path: Path | None = None) -> list[Profile]:
    path = path or profiles_path()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    known = {f.name for f in fields(Profile)}
    out = []
    for raw in doc.get("profiles", []) if isinstance(doc, dict) else []:
        if isinstance(raw, dict):
            try:
                out.append(Profile(**{k: v for k, v in raw.items() if k in known}))
            except TypeError:
                continue
    return out


def save_profiles(profiles: list[Profile], path: Path | None = None) -> None:
    from .files import replace_file

    data = json.dumps({"version": 1, "profiles": [asdict(p) for p in profiles]},
                      ensure_ascii=False, indent=2).encode("utf-8")
    target = path or profiles_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    replace_file(target, lambda handle: handle.write(data))


def put_profile(profile: Profile, path: Path | None = None) -> Profile:
    """Add or replace (by name) one profile."""
    profile = check(profile)
    rest = [p for p in load_profiles(path) if p.name != profile.name]
    save_profiles([*rest, profile], path)
    return profile


def remove_profile(name: str, path: Path | None = None) -> None:
    save_profiles([p for p in load_profiles(path) if p.name != name], path)


def find_profile(name: str, path: Path | None = None) -> Profile:
    for profile in load_profiles(path):
        if profile.name == name:
            return profile
    raise NotFoundError(en=f"No connection profile is named {name}.",
                        zh=f"没有名为 {name} 的连接配置。")


def profile_url(profile: Profile, password: str | None = None) -> str:
    """The URL to open: with the password given, else the one in the credential store (else
    none: libpq then reads ``PGPASSWORD`` or ``~/.pgpass``, or the server needs none)."""
    from . import credentials

    return profile.url(password if password is not None else credentials.load(profile.account))


def database_argument(db: str | None, profile: str | None) -> str | None:
    """``--db`` or ``--profile NAME`` as what ``resolve_location`` takes (both: refused)."""
    if profile is None or profile == EMBEDDED:
        return db
    if db:
        raise ValidationError(en="Give either --db or --profile, not both.",
                              zh="--db 和 --profile 只能指定一个。")
    return profile_url(find_profile(profile))
