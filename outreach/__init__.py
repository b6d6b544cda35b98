"""Outreach Companion: an offline, encrypted directory of services and private notes."""

__version__ = "0.1.0"
APP_NAME = "Outreach Companion"
