"""The customer file (客户档案): search, the customer page, corrections, merging and key accounts."""
