"""Connection profiles in Settings: the password goes to the credential store (here an
in-memory keyring backend), never to settings.ini or connections.json; without a store nothing
is kept and the password is asked for at each start."""
from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.core import credentials
from desktop.core.profiles import find_profile, load_profiles, profile_url, profiles_path
from desktop.ui import settings as S
from desktop.ui.settings_page import SettingsPage
from tests.memory_keyring import MemoryKeyring

PASSWORD = "s3cret-会场Pw"


@pytest.fixture
def store():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_store():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def _page(application, qtbot) -> SettingsPage:
    page = SettingsPage(application.ctx, application.feedback)
    qtbot.addWidget(page)
    return page


def _fill(panel, name: str = "会议室服务器") -> None:
    panel.choice.setCurrentIndex(panel.choice.count() - 1)  # New server connection…
    panel.name.setText(name)
    panel.host.setText("192.168.1.20")
    panel.port.setValue(5433)
    panel.database.setText("room_2026")
    panel.user.setText("tingjian_room")
    panel.sslmode.setCurrentIndex(panel.sslmode.findData("require"))
    panel.password.setText(PASSWORD)


def _everything_written(application) -> str:
    settings = Path(application.ctx.prefs.path).read_text(encoding="utf-8")
    return settings + profiles_path().read_text(encoding="utf-8")


def test_the_password_goes_to_the_credential_store_only(application, qtbot, store,
                                                        tmp_path) -> None:
    page = _page(application, qtbot)
    panel = page.connections
    assert credentials.available()
    _fill(panel)
    panel.use_choice()
    assert application.ctx.prefs.get(S.CONNECTION_PROFILE) == "会议室服务器"
    assert "next start" in panel.status.text()
    profile = find_profile("会议室服务器")
    assert (profile.host, profile.port, profile.database, profile.sslmode) == \
        ("192.168.1.20", 5433, "room_2026", "require")
    assert store.kept == {("Tingjian", "tingjian_room@192.168.1.20:5433/room_2026"): PASSWORD}
    written = _everything_written(application)
    assert PASSWORD not in written and "s3cret" not in written
    assert "会场" not in written  # not even part of it, in any encoding the files use
    url = profile_url(profile)
    assert "sslmode=require" in url and "connect_timeout=" in url and "5433/room_2026" in url
    assert "s3cret-" in url  # the URL opened at start has it, from the store
    panel.resize(760, panel.sizeHint().height())
    panel.grab().save(str(tmp_path / "settings-profiles-en.png"))
    application.switch_language("zh")
    panel.retranslate()
    panel.grab().save(str(tmp_path / "settings-profiles-zh.png"))
    application.switch_language("en")
    panel.delete_profile()
    assert load_profiles() == [] and store.kept == {}
    assert application.ctx.prefs.get(S.CONNECTION_PROFILE) == ""


def test_without_a_store_nothing_is_kept_and_the_password_is_asked(application, qtbot,
                                                                   no_store) -> None:
    page = _page(application, qtbot)
    panel = page.connections
    _fill(panel, "Room")
    assert not credentials.available()
    assert panel.ask_each_start.isChecked() and not panel.ask_each_start.isEnabled()
    assert "asked for at each start" in panel.store_note.text()
    panel.save_profile()
    assert find_profile("Room").ask_password
    assert PASSWORD not in _everything_written(application)
    assert "s3cret" not in profile_url(find_profile("Room"))


def test_verify_full_needs_a_ca_file(application, qtbot, store) -> None:
    panel = _page(application, qtbot).connections
    _fill(panel, "Wi-Fi")
    panel.sslmode.setCurrentIndex(panel.sslmode.findData("verify-full"))
    assert panel.save_profile() is None
    assert "CA" in panel.status.text() and load_profiles() == [] and store.kept == {}
    panel.ca_file.setText("/etc/tingjian/room-ca.crt")
    assert panel.save_profile() is not None
    assert "sslrootcert=/etc/tingjian/room-ca.crt" in profile_url(find_profile("Wi-Fi"))
