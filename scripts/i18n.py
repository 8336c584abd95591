#!/usr/bin/env python3
"""Refresh the translation sources from the code (lupdate) and build the .qm files (lrelease).

    python scripts/i18n.py            # update resources/translations/*.ts, then build .qm
    python scripts/i18n.py --release  # only build .qm from the committed .ts
    python scripts/i18n.py --merge FILE.tsv [...]  # fill translations from "source<TAB>zh" lines
                                                   # (\n in a line stands for a line break)
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN",)


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def _set_translation(message, text: str) -> None:
    """Write ``text`` into a message; a plural message ("%n ...") takes one form per "|"."""
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        import xml.etree.ElementTree as ET

        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in text.split("|"):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def _translated(message) -> bool:
    translation = message.find("translation")
    if translation.get("type") == "unfinished":
        return False
    if message.get("numerus") == "yes":
        return any((form.text or "").strip() for form in translation.iter("numerusform"))
    return bool((translation.text or "").strip())


def merge(ts: Path, tables: list[Path]) -> list[str]:
    """Fill unfinished translations of ``ts`` from the tables; return sources still missing."""
    import xml.etree.ElementTree as ET

    known: dict[str, str] = {}
    for table in tables:
        for line in table.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                source, text = line.split("\t", 1)
                known[source.replace("\\n", "\n")] = text.replace("\\n", "\n")
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if _translated(message):
            continue
        if source in known:
            _set_translation(message, known[source])
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


# English needs translations only for plural forms: "%n people spoke" reads "1 person spoke".
PLURAL_ONLY = ("en",)
ENGLISH_PLURALS = TS_DIR / "plurals_en.tsv"


def main(argv: list[str]) -> int:
    if argv[:1] == ["--merge"]:
        missing = merge(TS_DIR / "tingjian_zh_CN.ts", [Path(a) for a in argv[1:]])
        for source in missing:
            print("untranslated:", source.replace("\n", "\\n"))
        return 1 if missing else 0
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    for lang in LANGS:
        ts = TS_DIR / f"tingjian_{lang}.ts"
        if "--release" not in argv:
            subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
                           check=True, cwd=ROOT)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, cwd=ROOT)
        # Qt's own widget strings missing from the qtbase translation PySide6 ships (hand-kept).
        extra = TS_DIR / f"qtbase_extra_{lang}.ts"
        if extra.exists():
            subprocess.run([tool("pyside6-lrelease"), str(extra), "-qm",
                            str(extra.with_suffix(".qm"))], check=True, cwd=ROOT)
    for lang in PLURAL_ONLY:
        ts = TS_DIR / f"tingjian_{lang}.ts"
        if "--release" not in argv:
            subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-pluralonly",
                            "-source-language", "en", "-target-language", lang, "-ts", str(ts)],
                           check=True, cwd=ROOT)
            for source in merge(ts, [ENGLISH_PLURALS]):
                print("plural form missing:", source)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
