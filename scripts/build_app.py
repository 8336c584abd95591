"""Build the one-folder app with PyInstaller (``build.spec``) and self-test the result.

    python scripts/build_app.py             # build dist/tingjian/, then test it
    python scripts/build_app.py --no-build  # only test an existing dist/tingjian/

Run with the Python that has Tingjian and PyInstaller installed (``python3 dev.py build`` does
this in .venv). The frozen ``tingjian-cli --self-test`` must open the main window offscreen on a
temporary database (which runs the migrations) and print its "ok" line; then the frozen CLI
writes every kind of document (the minutes in each style, internal and public, the report
back) and an export, and each is opened again. Exits non-zero with a message on the first
failure.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP = DIST / "tingjian"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
GUI = APP / f"tingjian{EXE_SUFFIX}"
CLI = APP / f"tingjian-cli{EXE_SUFFIX}"
TIMEOUT = 180  # seconds per run of the frozen app


class BuildError(Exception):
    pass


def package_version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if not match:
        raise BuildError("no __version__ in desktop/__init__.py")
    return match.group(1)


def build() -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError(f"PyInstaller is not installed for {sys.executable} "
                         "(pip install -e '.[build]', or use: python3 dev.py build)") from None
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
           "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    print("$", " ".join(cmd), flush=True)
    start = time.monotonic()
    rc = subprocess.call(cmd, cwd=ROOT)
    elapsed = time.monotonic() - start
    if rc != 0:
        raise BuildError(f"PyInstaller failed (exit code {rc})")
    return elapsed


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    cmd = [str(exe), *args]
    print("$", " ".join(cmd), flush=True)
    try:
        result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True,
                                encoding="utf-8", errors="replace", timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise BuildError(f"{exe.name} {' '.join(args)} did not finish in {TIMEOUT} s") from None
    except OSError as exc:
        raise BuildError(f"cannot run {exe}: {exc}") from None
    for stream in (result.stdout, result.stderr):
        if stream.strip():
            print("  " + stream.rstrip().replace("\n", "\n  "))
    if result.returncode != 0:
        raise BuildError(f"{exe.name} {' '.join(args)} exited with code {result.returncode}")
    return result


def self_test() -> None:
    for exe in (GUI, CLI):
        if not exe.is_file():
            raise BuildError(f"{exe} is missing (build first)")
    version = package_version()
    with tempfile.TemporaryDirectory(prefix="tingjian-build-test-") as tmp:
        tmp_path = Path(tmp)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["TINGJIAN_DATA_DIR"] = str(tmp_path / "data")
        # Run outside the checkout so nothing can be picked up from the source tree.
        result = run(CLI, "--version", env=env, cwd=tmp_path)
        if result.stdout.strip() != f"tingjian {version}":
            raise BuildError(f"--version printed {result.stdout.strip()!r}, "
                             f"expected 'tingjian {version}'")
        result = run(CLI, "--self-test", env=env, cwd=tmp_path)
        if not re.search(r"^self-test: window shown, [1-9]\d* session\(s\) listed, ok$",
                         result.stdout, re.MULTILINE):
            raise BuildError("the self-test did not print its 'ok' line")
        # The windowed executable: on Windows it has no console, so only its exit code counts.
        run(GUI, "--self-test", env=env, cwd=tmp_path)
        # A database in the data folder: migrations, demo data and the integrity check.
        db = tmp_path / "smoke.db"
        run(CLI, "demo", "--db", str(db), env=env, cwd=tmp_path)
        result = run(CLI, "check", "--db", str(db), env=env, cwd=tmp_path)
        if "quick_check: ok" not in result.stdout:
            raise BuildError("'check' did not report quick_check: ok")
        documents(db, env, tmp_path)


def documents(db: Path, env: dict[str, str], tmp_path: Path) -> None:
    """Every kind of document the frozen app writes, each opened again: the minutes in each
    style, internal and public, the report back, and an export."""
    import zipfile
    from xml.etree import ElementTree

    template = tmp_path / "letterhead.docx"
    make_template(template)
    written = []
    for style in ("official", "plain", f"template:{template}"):
        for public in (False, True):
            out = tmp_path / f"minutes-{len(written)}.docx"
            run(CLI, "minutes", "1", "--style", style, *(["--public"] if public else []), "--out", str(out),
                "--db", str(db), env=env, cwd=tmp_path)
            written.append(out)
    report = tmp_path / "report-back.docx"
    run(CLI, "report-back", "1", "--out", str(report), "--db", str(db), env=env, cwd=tmp_path)
    written.append(report)
    for path in written:
        try:
            with zipfile.ZipFile(path) as package:
                body = package.read("word/document.xml").decode("utf-8")
                for name in package.namelist():  # every XML part parses
                    if name.endswith((".xml", ".rels")):
                        ElementTree.fromstring(package.read(name))
        except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
            raise BuildError(f"{path.name} does not open as a Word document: {exc}") from None
        if "<w:t" not in body or ("纪要" not in body and "通报" not in body and "Minutes" not in body
                                  and "you said" not in body.lower()):
            raise BuildError(f"{path.name} opened but holds no minutes text")
    export = tmp_path / "export.xlsx"
    run(CLI, "export", "--format", "xlsx", "--out", str(export), "--db", str(db), env=env, cwd=tmp_path)
    try:
        with zipfile.ZipFile(export) as package:
            if "xl/workbook.xml" not in package.namelist():
                raise BuildError("the export has no workbook")
    except (OSError, zipfile.BadZipFile) as exc:
        raise BuildError(f"the export does not open: {exc}") from None
    print(f"  {len(written)} documents and an export written and opened", flush=True)


def make_template(path: Path) -> None:
    """A minimal letterhead .docx written with the standard library (the build's Python may lack
    python-docx outside the virtual environment)."""
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
        'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
        'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body><w:p><w:r>'
        '<w:t>letterhead</w:t></w:r></w:p><w:sectPr/></w:body></w:document>',
    }
    with zipfile.ZipFile(path, "w") as package:
        for name, text in parts.items():
            package.writestr(name, text)


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true",
                        help="skip PyInstaller; test the existing dist/tingjian/")
    args = parser.parse_args(argv)
    try:
        elapsed = None if args.no_build else build()
        self_test()
    except BuildError as exc:
        print(f"build_app: FAILED: {exc}", file=sys.stderr)
        return 1
    size, count = folder_size(APP)
    print(f"build_app: ok: {APP.relative_to(ROOT)} is {size / 2**20:.1f} MiB in {count} files"
          + (f", built in {elapsed:.0f} s" if elapsed is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
