"""Installation orders: the list, a new order from a sale, the acceptance typed in, the acceptance form printed."""
