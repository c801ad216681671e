"""Visits to key persons (SPEC §9): when each falls due and is overdue, reminders, the visit
compliance report."""
