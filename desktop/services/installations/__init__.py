"""Installation orders (安装单): opened from a sale, planned on the board, closed by the signed acceptance."""
