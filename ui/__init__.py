"""The window: main window, pages, dialogs, Qt item models and delegates."""
