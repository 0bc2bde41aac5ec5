"""Partner sync in the window: sharing, joining, the background rounds and their status."""
