"""Preview, print, save and verify dialogs for the PDF forms made by desktop.printing."""
