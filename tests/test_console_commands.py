"""`service-desk-cli`: console commands never create a database, say where they looked, report an unreachable server
in words, list their sub-commands, and `verify` trusts this PC's own branch key; every error names its file."""

from __future__ import annotations

import re
import shutil
import socket
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop import cli, credentials, paths
from desktop.database import Database
from desktop.exports.workbook_reader import read_workbook
from desktop.printing import signing
from tests.keyring_memory import MemoryKeyring, memory_keyring  # noqa: F401 (fixture)
from tests.printing.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PC whose user data folder (where the branch database is kept by default) is empty."""
    home = tmp_path / "用户 张三" / "data"
    # Windows ignores XDG_DATA_HOME (platformdirs asks the shell for the profile folder), so the folder itself too.
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setattr(paths, "user_data_dir", lambda: paths.make_private_dir(home / "BranchServiceDesk"))
    monkeypatch.chdir(tmp_path)
    return home


def _databases(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.suffix in (".sqlite3", ".db")]


def test_help_lists_every_sub_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in cli.COMMANDS:
        assert re.search(rf"^\s+{re.escape(command)}\s+\S", out, re.MULTILINE), command


def test_export_without_a_database_says_where_it_looked_and_creates_nothing(
        data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["export", "--user", "admin", "--period", "2026-11", "--out", "FILE.xlsx"])
    err = capsys.readouterr().err
    assert code == 2
    assert str(paths.default_database_path()) in err and "no database at" in err
    assert "needs an upgrade" not in err and "Traceback" not in err
    assert _databases(tmp_path) == [] and not (tmp_path / "FILE.xlsx").exists()


@pytest.mark.parametrize("command", [["audit-check"], ["export", "--user", "admin", "--period", "2026-11", "--out",
                                                     "x.xlsx"]])
def test_a_missing_database_file_given_on_the_command_line_is_not_created(
        command: list[str], data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "50% 文件夹#1" / "branch.sqlite3"
    missing.parent.mkdir()
    code = cli.main([*command, "--database", str(missing)])
    err = capsys.readouterr().err
    assert code == 2
    assert str(missing) in err and "does not exist" in err
    assert not missing.exists()


def test_the_readme_export_example_works_as_written(data_home: Path, tmp_path: Path, sqlite_db: Database,
                                                    capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [example] = re.findall(r"`(service-desk-cli export [^`]*)`", readme)
    assert example == "service-desk-cli export --user NAME --period 2026-11 --out FILE.xlsx"
    # NAME is the user the scheduled task signs in as; its password comes from the task's environment.
    example = example.replace("NAME", "admin")
    monkeypatch.setenv(cli.PASSWORD_ENV, "demo1234")
    # This PC's branch database, where the program keeps it.
    assert sqlite_db.sqlite_path is not None
    sqlite_db.dispose()
    shutil.copyfile(sqlite_db.sqlite_path, paths.default_database_path())
    code = cli.main(example.split()[1:])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert (tmp_path / "FILE.xlsx").is_file() and "FILE.xlsx" in out
    with read_workbook(tmp_path / "FILE.xlsx") as book:
        assert book.meta.period_start.isoformat() == "2026-11-01"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("command", [["audit-check"], ["export", "--user", "admin", "--period", "2026-11", "--out",
                                                     "x.xlsx"]])
def test_an_unreachable_server_gets_a_clear_message_not_a_traceback(
        command: list[str], data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql+psycopg://desk:s3cret@127.0.0.1:{_free_port()}/servicedesk"
    code = cli.main([*command, "--database", url])
    err = capsys.readouterr().err
    assert code == 2
    assert "cannot reach the database server" in err and "127.0.0.1" in err
    assert "Traceback" not in err and "s3cret" not in err


@pytest.mark.postgres
def test_a_wrong_server_password_is_named_as_such(pg_server, data_home: Path,  # type: ignore[no-untyped-def]
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    url = make_url(pg_server.base_url).set(password="not-the-password").render_as_string(hide_password=False)
    assert cli.main(["audit-check", "--database", url]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the database server" in err and "password" in err and "Traceback" not in err


@pytest.mark.postgres
def test_console_takes_the_server_password_from_the_keyring(pg_db: Database, memory_keyring: MemoryKeyring,  # noqa: F811
                                                            data_home: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_db.engine.url
    typed = credentials.settings_text(url)  # what a scheduled task is given: no password in it
    assert url.password and make_url(typed).password is None
    assert cli.main(["audit-check", "--database", typed]) == 2  # nothing stored yet: refused, in words
    assert "cannot reach the database server" in capsys.readouterr().err
    assert credentials.store_password(url, url.password)
    assert memory_keyring.entries  # the password is in the keyring ...
    assert cli.main(["audit-check", "--database", typed]) == 0, capsys.readouterr().err
    assert "audit log intact" in capsys.readouterr().out


@pytest.fixture
def own_key(data_home: Path):  # type: ignore[no-untyped-def]
    """This PC's branch key, where the program keeps it (Tools → Branch signing key)."""
    folder = paths.user_data_dir() / "signing"
    signing.create_branch_credentials(folder, "AY01", "龙田太阳能安阳文峰区售后服务网点", PASSPHRASE)
    return signing.load_branch_credentials(folder, PASSPHRASE)


def _signed(credentials_, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from reportlab.pdfgen import canvas

    plain = tmp_path / "plain.pdf"
    page = canvas.Canvas(str(plain))
    page.drawString(72, 720, "service report")
    page.save()
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(signing.sign_pdf(plain.read_bytes(), credentials_, reason="test", location="AY01"))
    return signed


def test_verify_on_the_branch_pc_trusts_its_own_key_without_trust(own_key, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    signed = _signed(own_key, tmp_path)
    assert cli.main(["verify", str(signed)]) == 0
    assert capsys.readouterr().out.startswith("VALID")
    # Asked not to, it does not: the signer is then unknown.
    assert cli.main(["verify", str(signed), "--no-local-trust"]) == 2


def test_verify_on_another_pc_does_not_trust_that_key(data_home: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "other-branch"
    other = signing.create_branch_credentials(elsewhere, "XX09", "别的网点", PASSPHRASE)
    assert cli.main(["verify", str(_signed(other, tmp_path))]) == 2
    assert capsys.readouterr().out.startswith("UNKNOWN SIGNER")


def test_verify_errors_name_the_file_in_words(data_home: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("this is not a PDF", encoding="utf-8")
    bad_cert = tmp_path / "cert.pem"
    bad_cert.write_text("garbage", encoding="utf-8")
    cases = [
        ([str(tmp_path / "missing.pdf")], "missing.pdf: no such file"),
        ([str(tmp_path)], "is a folder"),
        ([str(not_pdf)], "notes.pdf: not a readable PDF"),
        ([str(not_pdf), "--trust", str(bad_cert)], "cert.pem: not a certificate file"),
        ([str(not_pdf), "--trust", str(tmp_path / "nope.pem")], "nope.pem: no such file"),
        ([str(not_pdf), "--trust-dir", str(tmp_path / "no-folder")], "no-folder does not exist"),
    ]
    for args, expected in cases:
        assert cli.main(["verify", *args]) == 4, args
        err = capsys.readouterr().err
        assert expected in err, (args, err)
        # No internal code (pdf_unreadable, certificate_unreadable) and no Python exception text reaches a person.
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", err.replace(str(tmp_path), "")), err
        assert "Errno" not in err and "Traceback" not in err
