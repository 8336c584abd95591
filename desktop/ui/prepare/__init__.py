"""Preparing a session: the session editor, agenda editor, attendees and imports."""
