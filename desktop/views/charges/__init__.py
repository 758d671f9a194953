"""Charges area: money to collect, receipts, the daily cash summary and the fee schedule."""
