"""Incident commands: the moves of the closed loop, their dialogs, and the phone-in form."""
