"""The appointment summary laid out for paper: one layout for the PDF and the print preview."""
