"""The county seat's window (SPEC §13): the county queue across townships, the townships side
by side, and an item's detail and moves in its own township's database."""
