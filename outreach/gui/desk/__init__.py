"""The Coordinator view: the desk (:mod:`outreach.desk`) in the main window."""
