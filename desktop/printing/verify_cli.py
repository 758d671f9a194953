"""`service-desk-cli verify FILE.pdf [--trust CERT.pem ...]`: offline check of a signed service report or certificate.

On the branch PC the branch's own certificate (and any imported into its trust folder) is trusted without --trust,
as in the window's Tools → Verify. Exit codes: 0 valid, 1 altered, 2 unknown signer, 3 unsigned, 4 the file or a
certificate could not be read (the message names the file and says why). Output is plain English on purpose: it is
a command-line tool for HQ staff and scripts, not part of the Qt UI.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from cryptography import x509

from desktop import paths
from desktop.clock import to_local
from desktop.errors import DomainError
from desktop.printing.signing import load_trusted_certificates, trusted_certificates, verify_pdf

EXIT_CODES = {"valid": 0, "altered": 1, "unknown_signer": 2, "unsigned": 3}
EXIT_ERROR = 4

MESSAGES = {
    "valid": "VALID: signed by a trusted branch and not altered since signing.",
    "altered": "ALTERED: the document was changed after it was signed (or the signature is broken).",
    "unknown_signer": "UNKNOWN SIGNER: the content is intact, but the signing certificate is not in the trust list.",
    "unsigned": "UNSIGNED: the document carries no digital signature.",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="service-desk-cli verify",
        description="Verify a signed service-desk PDF offline. This PC's own branch certificate and the certificates "
                    "imported in the program (Tools > Branch signing key) are trusted without --trust.")
    parser.add_argument("file", type=Path, help="the PDF to check")
    parser.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT.pem",
                        help="a trusted branch certificate (PEM); may be given several times")
    parser.add_argument("--trust-dir", type=Path, action="append", default=[], metavar="DIR",
                        help="a folder of trusted branch certificates (*.pem)")
    parser.add_argument("--no-local-trust", action="store_true",
                        help="trust only the certificates given here, not this PC's own")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--verbose", action="store_true", help="show the validation library's log messages")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.verbose:
        # pyHanko logs an untrusted self-signed certificate as a warning with a traceback; the status line says it.
        for name in ("pyhanko", "pyhanko_certvalidator"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        trusted = [] if args.no_local_trust else _local_certificates()
        for path in args.trust:
            trusted.extend(_certificates_in(path))
        for folder in args.trust_dir:
            if not folder.is_dir():
                raise _Unreadable(f"the folder of trusted certificates {folder} does not exist")
            for path in sorted(folder.glob("*.pem")):
                trusted.extend(_certificates_in(path))
        result = verify_pdf(_read(args.file, "the PDF"), trusted)
    except _Unreadable as problem:
        print(f"ERROR: {problem}", file=sys.stderr)
        return EXIT_ERROR
    except DomainError:
        # verify_pdf's only refusal: bytes that are no PDF at all.
        print(f"ERROR: {args.file}: not a readable PDF (damaged, incomplete, or another kind of file)",
              file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(json.dumps({
            "file": str(args.file),
            "status": result.status,
            "signer": result.signer,
            "signing_time": result.signing_time.isoformat() if result.signing_time else None,
            "certificate_sha256": result.fingerprint,
        }, ensure_ascii=False))
    else:
        print(MESSAGES[result.status])
        if result.signer:
            print(f"Signer: {result.signer}")
        if result.signing_time:
            # Branch time for a person; the --json output keeps the exact UTC instant for scripts.
            print(f"Signed at: {to_local(result.signing_time):%Y-%m-%d %H:%M:%S} (branch time)")
        if result.fingerprint:
            print(f"Certificate SHA-256: {result.fingerprint}")
    return EXIT_CODES[result.status]


class _Unreadable(Exception):
    """A file named on the command line cannot be used; the message says which and why, in words."""


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise _Unreadable(f"{path}: no such file ({what})") from None
    except IsADirectoryError:
        raise _Unreadable(f"{path}: is a folder, not a file ({what})") from None
    except PermissionError:
        raise _Unreadable(f"{path}: not allowed to read this file ({what})") from None
    except OSError as exc:
        raise _Unreadable(f"{path}: cannot be read ({what}): {exc.strerror or exc}") from None


def _certificates_in(path: Path) -> list[x509.Certificate]:
    try:
        return load_trusted_certificates(_read(path, "a trusted certificate"))
    except DomainError:
        raise _Unreadable(f"{path}: not a certificate file (PEM, as exported by the program)") from None


def _local_certificates() -> list[x509.Certificate]:
    """This PC's branch certificate and imported ones; a damaged file there must not block checking a PDF."""
    try:
        return trusted_certificates(paths.user_data_dir() / "signing")
    except (OSError, DomainError) as exc:
        print(f"warning: this PC's trusted certificates could not be read ({exc}); using --trust only",
              file=sys.stderr)
        return []


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
