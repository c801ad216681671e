"""PySide6 views over the gridcommand core. Behaviour lives in the core; this is glue and paint."""
