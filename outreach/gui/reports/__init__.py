"""The anonymous report view: counts by month, small cells suppressed, a chart, CSV out."""
