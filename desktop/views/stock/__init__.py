"""Parts stock area: on hand, ledger, old parts and return lists, parts for visits, the catalogue."""
