"""Seinpost: record signals offline, seal them for the central office, export bundles."""

__version__ = "0.1.0"
APP_NAME = "Seinpost"
