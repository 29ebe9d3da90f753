"""Every widget of the program: screens, the main window, the theme."""
