"""The HQ mode of the app (`service-desk --hq --database …`): the network's figures side by side, the branch
ranking and trends, a branch's months and tickets, the register of loaded workbooks, the summary workbook."""
