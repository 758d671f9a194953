"""The customer file (客户档案, seed 000 部门职能 6 and 3.2.10): search, correct, merge, one page per customer."""
