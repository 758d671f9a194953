"""Render every area and every dialog at 1366×768 into docs/screenshots/<language>/ (zh_CN and en), over a fresh demo
database, and copy the ones the user guide shows into resources/help/images/<language>/.

Usage: xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots.py [--lang zh_CN|en] [--only NAME,...]
       [--out FOLDER]
Names are area keys (intake, dispatch, ...) and dialog names from scripts/ui_catalogue.py (call_card, ...)."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

GUIDE_IMAGES = ROOT / "resources" / "help" / "images"


def _private_user_folders() -> Path:
    """Settings, backups and the demo file in a folder of our own: nothing of the developer's is read or kept, and
    every window opens at its first-use size."""
    sandbox = Path(tempfile.mkdtemp(prefix="service-desk-screenshots-"))
    for name in ("DATA", "STATE", "CONFIG", "CACHE"):
        os.environ[f"XDG_{name}_HOME"] = str(sandbox / name.lower())
    return sandbox


def _shrink(path: Path) -> None:
    """256 colours are plenty for a window (flat colours, anti-aliased text) and a third of the bytes."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def guide_images(language: str) -> set[str]:
    """The screenshot names the user guide of `language` shows (images/<language>/<name>.png)."""
    guide = ROOT / "resources" / "help" / f"guide_{language}.md"
    if not guide.is_file():
        return set()
    import re

    return set(re.findall(rf"images/{language}/([\w-]+)\.png", guide.read_text(encoding="utf-8")))


def render(language: str, out: Path, only: set[str], sandbox: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_cjk_font, install_translators
    from desktop.views.look import apply_look
    from scripts import ui_catalogue as cat

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("BranchServiceDesk")
    app.setApplicationName("BranchServiceDesk")
    install_cjk_font()
    install_translators(app, language)
    apply_look(app)
    out.mkdir(parents=True, exist_ok=True)
    database = cat.open_demo_database(sandbox / "demo.sqlite3")
    services = cat.build_services(database)
    written: list[Path] = []
    envs: dict[str, cat.Env] = {}
    width, height = cat.SCREENSHOT_SIZE

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        _shrink(path)
        written.append(path)

    done: set[str] = set()
    for user in cat.AREA_USERS:
        env = envs[user] = cat.open_window(app, services, cat.sign_in(services, user), language)
        window = env.window
        window.resize(width, height - 40)  # the taskbar's share of the screen
        window.show()
        env.settle()
        for key in window.area_keys():
            if (only and key not in only) or key in done:
                continue
            done.add(key)
            window.show_area(key)
            env.settle(3)
            save(window, f"area-{key}")
    if not only or "locked" in only:
        # The locked screen: every window covered, nothing of the customers to be seen.
        from desktop.views.screen_lock import cover_windows

        window = envs["admin"].window
        window.show_area("tickets")
        covers = cover_windows()
        cat.settle(app, None, 2)
        save(window, "area-locked")
        for cover in covers:
            cover.remove()
        cat.settle(app, None, 1)
    shots = [entry.name for entry in cat.DIALOGS if not entry.by_page and (not only or entry.name in only)]
    for entry, dialog in cat.open_dialogs(envs, shots, rounds=1):
        dialog.show()
        envs[entry.user].settle(4, entry.draw_ms)
        save(dialog, f"dialog-{entry.name}")
    if not only or any(name.startswith("setup_wizard") for name in only):
        for name, wizard in cat.setup_wizard_pages(app, sandbox / f"setup-{language}.sqlite3", language):
            if only and name not in only:
                continue
            wizard.show()
            cat.settle(app, None, 3)
            save(wizard, f"dialog-{name}")
            wizard.close()
    if not only or any(name.startswith("hq_") for name in only):
        _render_hq(app, services, sandbox, language, only, save)
    for env in envs.values():
        cat.close_window(env)
    database.dispose()
    return written


def _render_hq(app, services, sandbox: Path, language: str, only: set[str], save) -> None:  # type: ignore[no-untyped-def]
    """The HQ window needs PostgreSQL: the one the tests start on loopback (Debian's postgresql package), or
    SERVICE_DESK_TEST_PG_URL; without either the HQ pictures are skipped, with a note."""
    from scripts import ui_catalogue as cat
    from tests.pg_server import start_postgres

    server = start_postgres()
    if server is None:
        print("HQ screenshots skipped: no PostgreSQL server to start (install postgresql)")
        return
    try:
        hq_url = server.url(server.create_database(f"hq_screens_{language.lower()}"))
        folder = sandbox / f"books-{language}"
        folder.mkdir(exist_ok=True)
        for name, window in cat.hq_pages(app, services, hq_url, folder, language):
            if not only or name in only:
                window.resize(*cat.SCREENSHOT_SIZE)
                cat.settle(app, None, 3)
                save(window, name)
    finally:
        server.stop()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("zh_CN", "en"), action="append")
    parser.add_argument("--only", default="", help="comma-separated names (default: everything)")
    parser.add_argument("--out", type=Path, default=None,
                        help="another folder (then the guide's pictures are left as they are)")
    args = parser.parse_args(argv)
    # Only a run into the project's own folder refreshes the guide: a look into /tmp must not change shipped files.
    refresh_guide = args.out is None
    args.out = args.out or ROOT / "docs" / "screenshots"
    sandbox = _private_user_folders()
    only = {name for name in args.only.split(",") if name}
    try:
        for language in args.lang or ["zh_CN", "en"]:
            written = render(language, args.out / language, only, sandbox)
            wanted = guide_images(language)
            target = GUIDE_IMAGES / language
            for path in written if refresh_guide else ():
                if path.stem in wanted:
                    target.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(path, target / path.name)
            print(f"{language}: {len(written)} screenshots in {args.out / language}")
    finally:
        shutil.rmtree(sandbox, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
