"""The clean body → the people named in it, the officials among them, and who said each quote."""
