"""Retrospective reviews 事后倒查 (SPEC §8): scope, drafted findings, the reviewer's work, views."""
