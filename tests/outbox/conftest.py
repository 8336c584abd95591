"""The private PostgreSQL server the tests of this folder stop and start."""
from __future__ import annotations

import pytest

from . import private_pg

# every test here starts a private server: skipped where PostgreSQL's binaries are missing
pytestmark_server = [
    pytest.mark.server_restart,
    pytest.mark.skipif(not private_pg.available(), reason="PostgreSQL binaries not installed"),
]


@pytest.fixture
def server():
    pg = private_pg.PrivateServer()
    try:
        pg.start()
        yield pg
    finally:
        pg.remove()
