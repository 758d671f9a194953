"""Callback queue, call card and complaints (issue 7)."""
