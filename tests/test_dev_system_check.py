"""`python3 dev.py run` names the missing system packages instead of Qt's plugin message."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dev():
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


# Package names as Debian bookworm and Ubuntu 24.04 ship these libraries (apt-file search).
KNOWN = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
}


@pytest.mark.parametrize("soname", sorted(KNOWN))
def test_library_maps_to_its_debian_package(dev, soname):
    assert dev.debian_package(soname) == KNOWN[soname]


@pytest.mark.parametrize("args, window", [
    ([], True), (["gui"], True), (["--db", "demo.db"], True), (["--lang", "zh", "gui"], True),
    (["demo"], False), (["--db", "x.db", "check"], False), (["--version"], False),
    (["--self-test"], False), (["minutes", "1", "--out", "m.docx"], False),
])
def test_only_the_window_is_checked(dev, args, window):
    assert dev.starts_window(args) is window


def test_missing_libraries_and_font_give_one_install_command(dev, monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(dev, "missing_system_libraries",
                        lambda python: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    monkeypatch.setattr(dev, "has_cjk_font", lambda: False)
    message = dev.system_check(Path(sys.executable))
    command = next(line for line in message.splitlines() if "apt-get install" in line)
    assert command.split("apt-get install", 1)[1].split() == [
        "fonts-noto-cjk", "libxcb-cursor0", "libxcb-icccm4"]
    assert "libxcb-cursor.so.0" in message


def test_nothing_to_say_when_all_is_there(dev, monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(dev, "missing_system_libraries", lambda python: [])
    monkeypatch.setattr(dev, "has_cjk_font", lambda: True)
    assert dev.system_check(Path(sys.executable)) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_ldd_probe_reads_the_real_plugin(dev):
    """Against the installed PySide6: whatever it reports is really absent from the loader's view."""
    import ctypes

    for soname in dev.missing_system_libraries(Path(sys.executable)):
        with pytest.raises(OSError):
            ctypes.CDLL(soname)
