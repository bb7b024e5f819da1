"""Files the app loads at run time (the icon)."""
