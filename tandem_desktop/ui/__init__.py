"""Qt widgets only: the main window, one module per tab, models, dialogs."""
