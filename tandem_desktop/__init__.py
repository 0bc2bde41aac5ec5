"""Tandem: plan and grow the working partnership of an executive and their assistant."""

__version__ = "0.1.0"
APP_NAME = "Tandem"
