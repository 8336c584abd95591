"""Tingjian: run public listening sessions and prove every voice was heard."""

__version__ = "0.1.0"
APP_NAME = "Tingjian"
