"""The Feedback tab: the two-way log, the rhythm and prompts."""
