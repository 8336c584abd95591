"""User text is shown as typed: never as Qt rich text.

A QLabel, a tooltip or a message box guesses (``Qt.mightBeRichText``) whether its text is HTML;
a title such as ``<h1>…`` or an opinion with ``<img src="file:///…">`` would be rendered, and
could load a local file. Labels are set to plain text; a tooltip, which has no such switch, gets
the text escaped into a rich-text paragraph, so what shows is exactly the characters typed.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

RICH_PROPERTY = "richText"  # set on the rare label whose text is the program's own markup


def plain_labels(root: QWidget) -> None:
    """Every label in ``root`` (and ``root`` itself) shows its text as plain text."""
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.append(root)
    for label in labels:
        if not label.property(RICH_PROPERTY):
            label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (line breaks kept)."""
    if not text:
        return ""
    return ("<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>")
