"""`service-desk-cli hq-summary --database URL --out FILE [--from 2026-01] [--to 2026-12] [--lang zh|en]`: the HQ
summary workbook of the figures in the HQ database (default: every month it holds)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop.errors import DomainError, ValidationError
from desktop.exports.records import Language
from desktop.hq.console_text import describe

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_month(text: str) -> date:
    found = _MONTH.match(text.strip())
    try:
        if found is None:
            raise ValueError(text)
        return date(int(found.group(1)), int(found.group(2)), 1)
    except ValueError as exc:
        raise ValidationError("period_invalid", "period", value=text) from exc


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["hq-summary"]:
        args_in = args_in[1:]
    parser = argparse.ArgumentParser(prog="service-desk-cli hq-summary",
                                     description="Write the HQ summary workbook (figures per branch and month).")
    parser.add_argument("--database", required=True, metavar="URL", help="the HQ database (postgresql+psycopg://…)")
    parser.add_argument("--out", "-o", required=True, type=Path, help="workbook to write (.xlsx)")
    parser.add_argument("--from", dest="first", metavar="YYYY-MM", help="first month (default: the earliest)")
    parser.add_argument("--to", dest="last", metavar="YYYY-MM", help="last month (default: the latest)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the workbook (default zh)")
    args = parser.parse_args(args_in)
    lang: Language = args.lang
    from desktop.database import display_url
    from desktop.hq.hq_database import migrate_hq, open_hq_database
    from desktop.hq.hq_service import HqService
    from desktop.hq.summary_workbook import write_summary

    try:
        first = parse_month(args.first) if args.first else None
        last = parse_month(args.last) if args.last else None
        database = open_hq_database(args.database)
    except DomainError as exc:
        print(f"hq-summary: {describe(exc, lang)}", file=sys.stderr)
        return 2
    try:
        migrate_hq(database)
        service = HqService(database)
        months = [m for m in service.months() if (first is None or m >= first) and (last is None or m <= last)]
        if not months:
            print("hq-summary: " + ("所选月份没有数据" if lang == "zh" else "no figures in those months"),
                  file=sys.stderr)
            return 2
        result = write_summary(service, args.out, months, lang, display_url(database.engine.url))
    except DomainError as exc:
        print(f"hq-summary: {describe(exc, lang)}", file=sys.stderr)
        return 2
    finally:
        database.dispose()
    span = f"{result.months[0]:%Y-%m}..{result.months[-1]:%Y-%m}"
    if lang == "zh":
        print(f"已写入 {result.path}：{span}，{result.branches} 个网点")
    else:
        print(f"Wrote {result.path}: {span}, {result.branches} branches")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
