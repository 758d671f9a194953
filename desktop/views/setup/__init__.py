"""The setup wizard of a real branch's first start, File → Import of the records it kept in Excel, and the
reminder when the branch has no signing key yet."""
