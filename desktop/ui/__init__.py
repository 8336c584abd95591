"""Qt user interface: windows, pages, dialogs and table models. Never opens a database session."""
