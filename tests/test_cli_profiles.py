"""``--profile NAME``: the command line opens a connection profile saved in Settings, with its
password from the credential store; errors are one readable line, never the driver's words."""
from __future__ import annotations

from urllib.parse import unquote

import keyring
import pytest

from desktop.cli import main
from desktop.core import credentials
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.profiles import (Profile, database_argument, find_profile, load_profiles,
                                   profiles_path, put_profile)
from tests.memory_keyring import MemoryKeyring

DEAD = Profile(name="会议室", host="127.0.0.1", port=1, database="none", user="nobody",
               sslmode="disable")


def test_a_profile_that_cannot_be_reached_is_one_readable_line(capsys, monkeypatch) -> None:
    put_profile(DEAD)
    monkeypatch.setenv("TINGJIAN_LANG", "zh")
    assert main(["--profile", "会议室", "sessions"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tingjian: 无法连接数据库服务器 postgresql://nobody@127.0.0.1:1/none")
    assert "Connection refused" not in err and "psycopg" not in err and "Traceback" not in err


def test_unknown_profile_and_both_options_are_refused(capsys) -> None:
    assert main(["--profile", "nowhere", "sessions"]) == 2
    assert "No connection profile is named nowhere" in capsys.readouterr().err
    put_profile(DEAD)
    with pytest.raises(ValidationError):
        database_argument("x.db", "会议室")
    assert database_argument("x.db", None) == "x.db"
    assert database_argument(None, "") is None  # "": the embedded file


def test_the_password_comes_from_the_store_and_is_quoted() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        profile = put_profile(Profile(name="Wi-Fi", host="10.0.0.5", user="room@x",
                                      sslmode="verify-full", ca_file="/etc/ca.pem"))
        credentials.store(profile.account, "p@ss:w/rd#1")
        url = database_argument(None, "Wi-Fi")
    finally:
        keyring.set_keyring(before)
    auth = url.split("://", 1)[1].rsplit("@", 1)[0]
    assert [unquote(part) for part in auth.split(":")] == ["room@x", "p@ss:w/rd#1"]
    assert url.endswith("sslmode=verify-full&connect_timeout=5&sslrootcert=/etc/ca.pem")
    assert "p@ss" not in profiles_path().read_text(encoding="utf-8")


def test_profiles_file_that_cannot_be_read_lists_none() -> None:
    profiles_path().parent.mkdir(parents=True, exist_ok=True)
    profiles_path().write_text("{not json", encoding="utf-8")
    assert load_profiles() == []
    with pytest.raises(NotFoundError):
        find_profile("x")
    with pytest.raises(ValidationError):
        put_profile(Profile(name="x", host="", port=5432))
