"""Keep the cyclic garbage collector out of bulk work: imports, exports, the archive.

Reading 50,000 rows creates about a million small objects; CPython 3.11's full collections then
scan all of them, several times, each pass taking 100–300 ms with the interpreter lock held, which
stalls the GUI thread as much as the working one. During such work the collector is paused, and
the objects that survive are moved out of its sight with ``gc.freeze()`` (they are still freed by
reference counting when dropped; rows and their cells form no cycles).
"""
from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
_lock = threading.Lock()
_depth = 0


def no_gc_pauses(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        global _depth
        with _lock:
            was_enabled = gc.isenabled() if _depth == 0 else False
            _depth += 1
            gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            with _lock:
                _depth -= 1
                if _depth == 0:
                    gc.freeze()
                    if was_enabled:
                        gc.enable()
    return wrapper

