"""Printed documents (PDF with the Chinese font embedded)."""
