"""The dispatch board area: engineers × days, waiting tickets, visit dialogs."""
