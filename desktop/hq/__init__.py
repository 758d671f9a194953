"""HQ at network scale: every branch's HQ workbook loaded into one PostgreSQL database (schema `hq`).

The branches stay as they are (offline first, one workbook per period). HQ loads the workbooks with
`service-desk-cli hq-load`, compares branches in the HQ mode of the app (`service-desk --hq`), and writes a
summary workbook of the aggregates. The schema has its own Alembic history (desktop/hq/migrations)."""
