"""The paperwork of a session besides the minutes: the notice (and its poster), the sign-in sheet,
the assignment slips and the public result notice.

Each document renders a :class:`desktop.core.queries.paperwork.SessionPaperwork` gathered by one
read; the document modules import no services. :func:`desktop.paperwork.generate.write_document`
reads, renders, writes and records the file as a version.
"""
