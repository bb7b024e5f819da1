"""Small dialogs that ask one question before something is saved."""
