"""Import and export formats (iCalendar now; JSON, CSV and FHIR later)."""
