"""Weekly joint review meetings 工作例会 (SPEC §5)."""
