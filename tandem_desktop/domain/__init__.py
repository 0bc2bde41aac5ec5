"""Plain Python: records, enums and rules. No Qt, no SQL."""
