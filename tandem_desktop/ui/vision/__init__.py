"""The Vision tab: the vision, goals and development goals."""
