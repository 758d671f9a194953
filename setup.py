"""Only what pyproject.toml cannot say: the top-level resources/ folder installs as the package data desktop/resources.

resources/ stays at the top of the repository (translators, designers and the scripts work there); a wheel carries it
inside the package, where desktop/paths.py finds it, so `pip install .` brings the font, translations, icons and
licence notices. pyproject's package finder cannot add a package from another folder, hence this file."""

from setuptools import find_packages, setup

# Each folder of resources/ is a package of its own (setuptools installs data only from listed packages).
RESOURCE_FOLDERS = ("fonts", "help", "help.images.en", "help.images.zh_CN", "i18n", "icons",
                    "icons.tabler", "licenses", "security")

setup(packages=[*find_packages(include=["desktop*"]), "desktop.resources",
                *(f"desktop.resources.{folder}" for folder in RESOURCE_FOLDERS)])
