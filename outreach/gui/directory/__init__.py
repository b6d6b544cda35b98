"""The directory view: search as you type, filters, results, details and the starter offer."""
