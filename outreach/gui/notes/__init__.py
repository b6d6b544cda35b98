"""The Contacts & notes view."""
