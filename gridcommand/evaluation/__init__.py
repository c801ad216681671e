"""Monthly evaluation and salary float of full-time grid workers (SPEC §6)."""
