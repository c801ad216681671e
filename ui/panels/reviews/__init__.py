"""The retrospective reviews dock (SPEC §8)."""
