"""Delivering reminders from the running app: notifications, the tray, one running copy."""
