"""`service-desk verify FILE.pdf [--trust CERT.pem ...]`: offline check of a signed service report or certificate.

Exit codes: 0 valid, 1 altered, 2 unknown signer, 3 unsigned, 4 the file or a certificate could not be read.
Output is plain English on purpose: it is a command-line tool for HQ staff and scripts, not part of the Qt UI.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.errors import DomainError
from desktop.printing.signing import load_trusted_certificates, read_trust_folder, verify_pdf

EXIT_CODES = {"valid": 0, "altered": 1, "unknown_signer": 2, "unsigned": 3}
EXIT_ERROR = 4

MESSAGES = {
    "valid": "VALID: signed by a trusted branch and not altered since signing.",
    "altered": "ALTERED: the document was changed after it was signed (or the signature is broken).",
    "unknown_signer": "UNKNOWN SIGNER: the content is intact, but the signing certificate is not in the trust list.",
    "unsigned": "UNSIGNED: the document carries no digital signature.",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="service-desk verify",
                                     description="Verify a signed service-desk PDF offline.")
    parser.add_argument("file", type=Path, help="the PDF to check")
    parser.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT.pem",
                        help="a trusted branch certificate (PEM); may be given several times")
    parser.add_argument("--trust-dir", type=Path, action="append", default=[], metavar="DIR",
                        help="a folder of trusted branch certificates (*.pem)")
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
        trusted = []
        for path in args.trust:
            trusted.extend(load_trusted_certificates(path.read_bytes()))
        for folder in args.trust_dir:
            trusted.extend(read_trust_folder(folder))
        result = verify_pdf(args.file.read_bytes(), trusted)
    except (OSError, DomainError) as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
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
            print(f"Signed at: {result.signing_time.isoformat()}")
        if result.fingerprint:
            print(f"Certificate SHA-256: {result.fingerprint}")
    return EXIT_CODES[result.status]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
