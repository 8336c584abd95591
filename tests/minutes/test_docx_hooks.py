"""The python-docx internals the writers rely on (python-docx is pinned to 1.2.x for them).

One test per private hook: when an upgrade moves one, the test names it.
"""
from __future__ import annotations

import io

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.ns import qn

from desktop.minutes.ooxml import Flow, para_xml, run_xml


def _font_table(document):
    return next(rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FONT_TABLE)


def test_opaque_parts_keep_their_bytes_in__blob():  # document_base.add_font_entries, set_properties
    document = docx.Document()
    part = _font_table(document)
    assert type(part) is Part and isinstance(part._blob, bytes)
    part._blob = part.blob.replace(b"</w:fonts>", b"<!-- x --></w:fonts>")
    buffer = io.BytesIO()
    document.save(buffer)
    assert b"<!-- x -->" in _font_table(docx.Document(io.BytesIO(buffer.getvalue()))).blob


def test_external_relationships_keep_their_target_in__target():  # anonymise._mask_external
    document = docx.Document()
    rid = document.part.relate_to("https://example.org/a", RT.HYPERLINK, is_external=True)
    rel = document.part.rels[rid]
    rel._target = "https://example.org/b"
    assert rel.target_ref == "https://example.org/b"


def test_sections_expose__sectPr():  # document_base.set_doc_grid
    section = docx.Document().sections[0]
    assert section._sectPr.tag == qn("w:sectPr")


def test_headers_and_footers_expose__element():  # official._footers, plain.new_plain_document
    section = docx.Document().sections[0]
    assert section.footer._element.tag == qn("w:ftr")
    assert section.header._element.tag == qn("w:hdr")


def test_runs_expose__r():  # ooxml.set_rfonts callers
    run = docx.Document().add_paragraph().add_run("x")
    assert run._r.tag == qn("w:r") and run._r.get_or_add_rPr().tag == qn("w:rPr")


def test_the_body_proxy_is_cached_in__Document__body():  # ooxml.Flow.insert_into
    document = docx.Document()
    document.add_paragraph("before")
    assert document._body is not None and hasattr(document, "_Document__body")
    flow = Flow()
    flow.add(para_xml(run_xml("after"), ""))
    flow.insert_into(document)
    assert [p.text for p in document.paragraphs] == ["before", "after"]


def test_the_default_template_carries_a_thumbnail_and_styles_with_effects():  # document_base.new_document
    document = docx.Document()
    assert any(rel.reltype == RT.THUMBNAIL for rel in document.part.package.rels.values())
    assert any(rel.reltype.endswith("/stylesWithEffects") for rel in document.part.rels.values())
    from desktop.minutes.document_base import new_document

    cleaned = new_document()
    assert not any(rel.reltype == RT.THUMBNAIL for rel in cleaned.part.package.rels.values())


def test_the_document_modules_import_no_services():
    """Only the orchestration (generate, pdf_cli) talks to the database; the writers render what
    they are given (the record is read once by desktop.core.queries.minutes)."""
    import ast
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "desktop" / "minutes"
    offenders = []
    for path in folder.glob("*.py"):
        if path.name in {"generate.py", "pdf_cli.py"}:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                       and "TYPE_CHECKING" in ast.unparse(block.test) for n in ast.walk(block)}
        for node in ast.walk(tree):
            if id(node) in typing_only:  # a type named for annotations: no database work
                continue
            if isinstance(node, ast.ImportFrom) and node.module:
                module = "." * node.level + node.module
                if "services" in module or module.endswith(("core.db", "..core.db")) or "sqlmodel" in module:
                    offenders.append(f"{path.name}: {module}")
    assert offenders == []
