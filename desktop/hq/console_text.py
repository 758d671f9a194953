"""Console sentences of the HQ commands (hq-load, hq-summary) in zh and en; the window translates the same
error codes itself (desktop/views/hq/hq_messages.py)."""

from __future__ import annotations

from desktop.errors import DomainError, ValidationError
from desktop.exports.hq_merge import describe as describe_workbook_error
from desktop.exports.records import Language

_MESSAGES: dict[str, tuple[str, str]] = {
    "hq_load_consolidated": ("{file}：这是合并后的工作簿（hq-merge 生成），请载入各网点自己导出的工作簿",
                             "{file}: a consolidated workbook (made by hq-merge); load the branches' own workbooks"),
    "hq_row_branch": ("{file}：工作表 {sheet} 第 {row} 行属于网点 {found}，而本工作簿是网点 {expected} 的",
                      "{file}: sheet {sheet}, row {row} belongs to branch {found}, but the workbook is branch "
                      "{expected}'s"),
    "hq_duplicate_row": ("{file}：工作表 {sheet} 第 {row} 行与前面的行重复（{key}）",
                         "{file}: sheet {sheet}, row {row} repeats an earlier row ({key})"),
    "hq_needs_postgresql": ("总部数据库必须是 PostgreSQL（postgresql+psycopg://…），而不是 {url}",
                            "the HQ database must be PostgreSQL (postgresql+psycopg://…), not {url}"),
    "hq_no_workbooks": ("{file}：没有找到 .xlsx 工作簿", "{file}: no .xlsx workbooks found"),
    "database_unreachable": ("无法连接总部数据库或数据库忙：{detail}",
                             "the HQ database cannot be reached or is busy: {detail}"),
    # Said as the branch console says database_newer: whoever runs an old copy reads it before anything else can be.
    "hq_database_newer": ("总部数据库 {path} 已由较新版本的网点售后服务台升级，本程序（版本 {version}）无法使用它，"
                          "未作任何更改。请在本机安装总部其他电脑正在使用的新版本，或询问系统管理员应安装哪个版本",
                          "the HQ database {path} was upgraded by a newer version of Branch Service Desk than this "
                          "one ({version}); nothing was changed. Install the version HQ's other PCs now run on this "
                          "PC, or ask the administrator which version to install"),
    "permission_denied": ("{file}：当前数据库角色无权载入工作簿（需要 hq_loader 角色），未载入任何数据",
                          "{file}: this database role may not load workbooks (hq_loader's rights are needed); "
                          "nothing was loaded"),
    "period_invalid": ("无法识别的月份：{value}（例如 2026-11）", "not a month: {value} (e.g. 2026-11)"),
}


def describe(error: DomainError, language: Language = "zh") -> str:
    pair = _MESSAGES.get(error.code)
    if pair is None:
        if isinstance(error, ValidationError):
            return describe_workbook_error(error, language)
        return f"{error.code} {error.params}"
    params = {"file": "", "sheet": "", "row": "", "found": "", "expected": "", "key": "", "url": "", "detail": "",
              "value": "", "path": "", "version": "",
              **error.params}
    return (pair[0] if language == "zh" else pair[1]).format(**params)
