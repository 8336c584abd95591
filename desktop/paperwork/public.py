"""Public wording of citizens' opinions, by the same engine as the public minutes.

The opinions are handed to :func:`desktop.minutes.anonymise.anonymise_report_back` (citizens get
their public names, their names are replaced in every text, personal numbers are masked);
officials keep their names. The finished file then goes through
:func:`desktop.minutes.anonymise.mask_package` like every public document.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from docx.document import Document

from desktop.core import privacy
from desktop.core.queries.paperwork import CommitmentInfo, OpinionInfo, SessionPaperwork
from desktop.minutes.anonymise import anonymise_report_back, mask_package
from desktop.minutes.content import OpinionEntry, ReportBackContent, ReportBackItem


def _entry(op: OpinionInfo) -> OpinionEntry:
    return OpinionEntry(number=op.number, text=op.text, speaker=op.speaker,
                        speaker_group=op.group, speaker_gender=op.gender,
                        is_citizen=op.is_citizen, reply_text=op.reply,
                        disposition_reason=op.disposition_reason)


def anonymise_paperwork(c: SessionPaperwork, naming_style: str = "honorific") -> SessionPaperwork:
    """``c`` with every opinion, and the free texts of every commitment, worded for the public.

    One pass of the engine: the commitments' texts ride along as officials' entries, so the
    citizens' names found in the opinions are replaced in them too."""
    fields = ("title", "detail", "progress", "status_reason")
    extra = [OpinionEntry(number=0, text=getattr(ci, f), is_citizen=False)
             for ci in c.commitments for f in fields]
    content = ReportBackContent(lang=c.lang, org_name=c.org, title=c.title, items=tuple(
        ReportBackItem(opinion=e, disposition_label="")
        for e in [_entry(op) for op in c.opinions] + extra))
    public = [item.opinion for item in anonymise_report_back(content, naming_style).items]
    by_number = {}
    for op, e in zip(c.opinions, public):
        by_number[op.number] = dataclasses.replace(
            op, text=e.text, speaker=e.speaker, reply=e.reply_text,
            disposition_reason=e.disposition_reason)
    texts = iter(e.text for e in public[len(c.opinions):])

    def commitment(ci: CommitmentInfo) -> CommitmentInfo:
        values = {f: next(texts) for f in fields}
        return dataclasses.replace(ci, **values,
                                   opinions=tuple(by_number.get(o.number, o) for o in ci.opinions))

    return dataclasses.replace(
        c, opinions=tuple(by_number[o.number] for o in c.opinions),
        commitments=tuple(commitment(ci) for ci in c.commitments))


def mask_document(document: Document, keep: Iterable[str] = ()) -> Document:
    """Mask personal data in every part of the finished file; the organisation's own published
    channels (``keep``: its hotline, e-mail, web form) stay as they are."""
    kept = sorted({k.strip() for k in keep if k and k.strip()}, key=len, reverse=True)
    if not kept:
        mask_package(document)
        return document
    pattern = re.compile("|".join(re.escape(k) for k in kept))

    def mask(text: str) -> str:
        out, last = [], 0
        for match in pattern.finditer(text):
            out.append(privacy.mask_text(text[last:match.start()]))
            out.append(match.group())
            last = match.end()
        out.append(privacy.mask_text(text[last:]))
        return "".join(out)

    mask_package(document, mask)
    return document
