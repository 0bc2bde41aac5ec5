"""Use cases: one module per family, one function per user action.

A service takes the open ``Store``, runs one action in one transaction and
returns what it stored. It composes repositories; it writes no SQL (that stays
in ``storage/``) and knows nothing of Qt.
"""
