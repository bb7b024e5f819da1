"""pyqtgraph charts (class-based, no module state)."""
