"""`python -m desktop ARGS` for the tests, as a process of its own but without paying for the
interpreter's start and the heavy libraries' import each time (about 0.6 s a command).

A resident server process imports the third-party libraries once (SQLAlchemy, SQLModel, Alembic,
openpyxl, python-docx, psycopg), none of the application's own modules, and starts no thread.
For each command it forks: the child takes the command's environment, working folder and time
zone, writes its output and errors to files of its own, reads nothing (stdin is empty), runs
``desktop`` as ``python -m desktop`` would (``runpy``, as ``__main__``), runs the exit handlers
and ends with the command's exit code, or minus the signal that ended it. The tests compare this
with a real ``subprocess.run`` (``tests/test_cli_runner.py``).

Where ``os.fork`` does not exist (Windows), or the server cannot start, ``run`` starts a real
process each time.
"""
from __future__ import annotations

import json
import locale
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRELOADED = ("sqlalchemy", "sqlalchemy.orm", "sqlalchemy.dialects.sqlite",
             "sqlalchemy.dialects.postgresql", "sqlmodel", "alembic", "alembic.command",
             "alembic.config", "openpyxl", "docx", "psycopg", "argparse", "zoneinfo", "uuid",
             "hashlib", "sqlite3", "csv", "decimal")

_SERVER = r'''
import atexit, importlib, io, json, os, runpy, sys, time, traceback

for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
    except Exception:  # not installed here: the child imports what it needs itself
        pass
requests, replies = sys.stdin.buffer, sys.stdout


def child(request):
    code = 1
    try:
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        time.tzset()
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        for fd, path in ((1, request["out"]), (2, request["err"])):
            target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        os.close(null)
        encoding = request["encoding"]
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding=encoding)
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding=encoding)
        sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding=encoding,
                                      errors="backslashreplace", line_buffering=True)
        sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr
        sys.argv = [request["argv0"], *request["args"]]
        try:
            runpy.run_module("desktop", run_name="__main__", alter_sys=True)
            code = 0
        except SystemExit as exc:
            if exc.code is None:
                code = 0
            elif isinstance(exc.code, int):
                code = exc.code
            else:
                print(exc.code, file=sys.stderr)
                code = 1
        except BaseException:
            traceback.print_exc()
            code = 1
        try:
            import threading
            threading._shutdown()  # as the interpreter does at exit: wait for non-daemon threads
        except Exception:
            pass
        atexit._run_exitfuncs()
    except BaseException:
        try:
            traceback.print_exc()
        except BaseException:
            pass
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
        os._exit(code & 0xFF)  # as the interpreter reports sys.exit(code)


for line in requests:
    request = json.loads(line)
    replies.flush()
    pid = os.fork()
    if pid == 0:
        child(request)
    replies.write(json.dumps({"pid": pid}) + "\n")
    replies.flush()
    _pid, status = os.waitpid(pid, 0)
    replies.write(json.dumps({"code": os.waitstatus_to_exitcode(status)}) + "\n")
    replies.flush()
'''


class _Server:
    def __init__(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
        self.process = subprocess.Popen(
            [sys.executable, "-c", _SERVER, json.dumps(PRELOADED)], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.lock = threading.Lock()

    def alive(self) -> bool:
        return self.process.poll() is None

    def run(self, args: list[str], env: dict[str, str], timeout: float
            ) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "desktop", *args]
        encoding = locale.getpreferredencoding(False)  # what text=True decodes with
        with self.lock, tempfile.TemporaryDirectory(prefix="tingjian-cli-") as folder:
            out, err = Path(folder) / "out", Path(folder) / "err"
            request = {"args": args, "env": env, "cwd": str(ROOT), "out": str(out),
                       "err": str(err), "argv0": str(ROOT / "desktop" / "__main__.py"),
                       "encoding": encoding}
            assert self.process.stdin is not None and self.process.stdout is not None
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            pid = json.loads(self.process.stdout.readline())["pid"]
            killed = threading.Event()
            timer = threading.Timer(timeout, _kill, (pid, killed))
            timer.start()
            try:
                code = json.loads(self.process.stdout.readline())["code"]
            finally:
                timer.cancel()
            if killed.is_set():
                raise subprocess.TimeoutExpired(command, timeout)
            return subprocess.CompletedProcess(command, code, out.read_text(encoding=encoding),
                                               err.read_text(encoding=encoding))


def _kill(pid: int, killed: threading.Event) -> None:
    killed.set()
    try:
        os.kill(pid, 9)
    except OSError:
        pass


_server: _Server | None = None
_server_lock = threading.Lock()


def _the_server() -> _Server | None:
    global _server
    if not hasattr(os, "fork"):
        return None
    with _server_lock:
        if _server is None or not _server.alive():
            try:
                _server = _Server()
            except OSError:
                _server = None
        return _server


def spawn(args: list[str], env: dict[str, str], timeout: float = 120
          ) -> subprocess.CompletedProcess[str]:
    """A real process, as a user starts it."""
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=timeout)


def run(args: list[str], env: dict[str, str], timeout: float = 120
        ) -> subprocess.CompletedProcess[str]:
    """``python -m desktop ARGS`` with ``env``: a forked child of the resident server, or a real
    process where there is none."""
    server = _the_server()
    if server is None:
        return spawn(args, env, timeout)
    return server.run(args, env, timeout)
