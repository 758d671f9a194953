"""Branch Service Desk (网点售后服务台): after-sales desk for household product service branches."""

__version__ = "0.1.0"
APP_NAME = "BranchServiceDesk"
APP_AUTHOR = "BranchServiceDesk"
