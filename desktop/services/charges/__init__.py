"""Fee schedule, proposed charges, payments and receipts (seed 000 「保修期过了之后一般是需要收取服务费的」)."""
