"""Who may do what (SPEC §12.1): user accounts and sign-in, the permissions of each role, the
system user the rules act as."""
