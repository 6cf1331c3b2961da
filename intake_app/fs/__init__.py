"""Files: atomic private writes and bounded, non-blocking reads of files from outside.

Shared by the vault, the store, the bundle writer and the office; imports no Qt.
"""
