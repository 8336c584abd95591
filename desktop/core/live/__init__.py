"""The live session: run of show, speaker queue figures, capture drafts, projector content."""
