"""Dock panels. Each folder is one panel; the main window only assembles them."""
