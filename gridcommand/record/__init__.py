"""The record that must be trusted: the hash-chained audit log, which entries a role may read,
backups and the transfer of a whole database."""
