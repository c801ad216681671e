"""The database itself: opening it, its migrations, batched inserts, the change log other seats
read, text search."""
