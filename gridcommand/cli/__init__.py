"""The command line (python -m gridcommand): every command reaches the record through
gridcommand.ops, as the screens do."""
