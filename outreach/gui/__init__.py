"""The Qt (PySide6) layer. Nothing outside this package imports Qt."""
