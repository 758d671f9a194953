"""Workbooks coming in: the catalogue HQ sends and the customer files a branch kept in Excel (openpyxl, no Qt, no
database). Services read them through here and check every row before anything is stored."""
