"""Settings stored with the data: each declared once, with its default and range, read and
written through one function that checks them."""
