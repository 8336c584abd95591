"""The projector screen for the room."""
