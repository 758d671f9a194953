"""First start of a real branch: the setup wizard's pages and the import of the records a branch kept in Excel."""
