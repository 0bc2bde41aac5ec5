"""The Overview tab: what needs me now."""
