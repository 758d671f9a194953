"""The return/exchange claims area (退换货裁定)."""
