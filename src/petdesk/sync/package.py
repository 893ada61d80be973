"""The change package file: one file, encrypted and authenticated with the offices' passphrase.

Layout (all integers big-endian)::

    magic       16 bytes  b"\\x89PETDESK-SYNC\\r\\n\\x1a\\n"  (PNG-style: text-mode transfers show)
    header_len   4 bytes
    header      JSON: format, KDF (scrypt) parameters and salt, nonce, key check, ciphertext length
    ciphertext  AES-256-GCM of the plaintext, with magic + header as associated data

    plaintext = manifest_len (4 bytes) + manifest JSON + body (zlib-compressed JSON)

Scrypt turns the passphrase into 64 bytes: the AES key and a key check value stored in the
header, so that a wrong passphrase is told apart from a damaged or altered file. AES-GCM
authenticates everything (header included), and the manifest carries a SHA-256 of the body as a
second, readable checksum. Only standard constructions from ``cryptography`` are used.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAGIC = b"\x89PETDESK-SYNC\r\n\x1a\n"
FORMAT_VERSION = 1
#: Scrypt cost; about 0.1 s and 32 MiB here. Tests lower it through ``write(..., kdf_n=...)``.
DEFAULT_KDF_N = 2**15
MAX_KDF_N = 2**18
#: Memory scrypt may use for a package's parameters (128 * r * n bytes); more is a damaged header.
MAX_KDF_MEMORY = 256 * 1024 * 1024
MAX_HEADER = 64 * 1024
#: AES-GCM in ``cryptography`` takes at most 2**31 - 1 bytes in one call.
MAX_PAYLOAD = 2**31 - 1 - 16
MIN_PASSPHRASE = 8


class PackageError(Exception):
    """A package file that is rejected, with a sentence that says what is wrong."""


@dataclass
class Package:
    manifest: dict[str, Any]
    body: dict[str, Any]
    file_sha256: str
    file_size: int


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return material[:32], material[32:]


def encode(
    manifest: dict[str, Any], body: dict[str, Any], passphrase: str, *, kdf_n: int = DEFAULT_KDF_N
) -> bytes:
    """The bytes of a package file. The manifest gets the body's checksum and size."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(passphrase) < MIN_PASSPHRASE:
        raise PackageError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    body_bytes = zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    manifest = {
        **manifest,
        "format": FORMAT_VERSION,
        "compression": "zlib",
        "body_sha256": hashlib.sha256(body_bytes).hexdigest(),
        "body_size": len(body_bytes),
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8")
    plaintext = struct.pack(">I", len(manifest_bytes)) + manifest_bytes + body_bytes
    if len(plaintext) > MAX_PAYLOAD:
        raise PackageError("the changes are too large for one package; export to each office separately")
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _derive(passphrase, salt, kdf_n, 8, 1)
    header = {
        "format": FORMAT_VERSION,
        "kdf": {"name": "scrypt", "salt": _b64(salt), "n": kdf_n, "r": 8, "p": 1},
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "key_check": _b64(check),
        "ciphertext_length": len(plaintext) + 16,
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
    return prefix + AESGCM(key).encrypt(nonce, plaintext, prefix)


def write(
    path: Path,
    manifest: dict[str, Any],
    body: dict[str, Any],
    passphrase: str,
    *,
    kdf_n: int = DEFAULT_KDF_N,
    durable: bool = True,
) -> tuple[str, int]:
    """Write the package atomically (a temporary file renamed into place); returns (sha256, size).

    ``durable`` forces the bytes to disk before the rename (off only for throw-away test files)."""
    data = encode(manifest, body, passphrase, kdf_n=kdf_n)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.partial")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        if durable:
            os.fsync(fh.fileno())
    os.replace(tmp, path)
    return hashlib.sha256(data).hexdigest(), len(data)


def _header(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    if len(data) < len(MAGIC) or not data.startswith(MAGIC):
        if MAGIC.startswith(data[: len(MAGIC)]) and data:
            raise PackageError("the file is truncated: it ends inside the package header")
        raise PackageError("this is not a petdesk sync package (the file does not start like one)")
    if len(data) < len(MAGIC) + 4:
        raise PackageError("the file is truncated: it ends inside the package header")
    (header_len,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    if header_len > MAX_HEADER:
        raise PackageError("the package header is damaged (impossible length)")
    end = len(MAGIC) + 4 + header_len
    if len(data) < end:
        raise PackageError("the file is truncated: it ends inside the package header")
    try:
        header = json.loads(data[len(MAGIC) + 4 : end].decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError("the package header is damaged (unreadable)") from exc
    return header, data[:end], data[end:]


def decode(data: bytes, passphrase: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Verify and open package bytes: (manifest, body). Raises ``PackageError`` with the reason."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, prefix, ciphertext = _header(data)
    fmt = header.get("format")
    if not isinstance(fmt, int):
        raise PackageError("the package header is damaged (no format version)")
    if fmt > FORMAT_VERSION:
        raise PackageError(
            f"the package was made by a newer petdesk (package format {fmt}, this petdesk reads "
            f"format {FORMAT_VERSION}); update petdesk to import it"
        )
    try:
        kdf = header["kdf"]
        salt, nonce, check = _unb64(kdf["salt"]), _unb64(header["nonce"]), _unb64(header["key_check"])
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        expected = int(header["ciphertext_length"])
        if kdf.get("name") != "scrypt" or header.get("cipher") != "AES-256-GCM":
            raise ValueError("unknown algorithm")
        if not (2 <= n <= MAX_KDF_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 4) or (
            128 * r * n > MAX_KDF_MEMORY
        ):
            raise ValueError("key derivation parameters out of range")
        if len(nonce) != 12 or len(salt) < 8 or len(check) != 32:
            raise ValueError("bad sizes")
    except (KeyError, TypeError, ValueError) as exc:
        raise PackageError(f"the package header is damaged ({exc})") from exc
    if len(ciphertext) < expected:
        raise PackageError(
            f"the file is truncated: {len(prefix) + len(ciphertext):,} of "
            f"{len(prefix) + expected:,} bytes are there"
        )
    if len(ciphertext) > expected:
        raise PackageError("the file is damaged: it has extra bytes after the end of the package")
    key, computed_check = _derive(passphrase, salt, n, r, p)
    if not hmac.compare_digest(check, computed_check):
        raise PackageError("wrong passphrase: this package was encrypted with a different passphrase")
    try:
        plaintext = AESGCM(key).decrypt(nonce, ciphertext, prefix)
    except InvalidTag as exc:
        raise PackageError(
            "the package is damaged or was altered after it was made (authentication failed)"
        ) from exc
    try:
        (manifest_len,) = struct.unpack(">I", plaintext[:4])
        manifest = json.loads(plaintext[4 : 4 + manifest_len].decode("utf-8"))
        body_bytes = plaintext[4 + manifest_len :]
        if hashlib.sha256(body_bytes).hexdigest() != manifest["body_sha256"]:
            raise ValueError("body checksum mismatch")
        body = json.loads(zlib.decompress(body_bytes).decode("utf-8"))
        if not isinstance(manifest, dict) or not isinstance(body, dict):
            raise ValueError("unexpected structure")
    except (KeyError, TypeError, ValueError, struct.error, zlib.error, UnicodeDecodeError) as exc:
        raise PackageError(f"the package content is damaged ({exc})") from exc
    return manifest, body


def read(path: Path, passphrase: str) -> Package:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise PackageError(f"{path} does not exist") from exc
    except IsADirectoryError as exc:
        raise PackageError(f"{path} is a folder, not a package file") from exc
    except OSError as exc:
        raise PackageError(f"{path} cannot be read ({exc.strerror})") from exc
    manifest, body = decode(data, passphrase)
    return Package(manifest, body, hashlib.sha256(data).hexdigest(), len(data))


def peek_header(path: Path) -> dict[str, Any]:
    """The clear-text header (no secrets in it), e.g. to tell a package file from another file."""
    with open(path, "rb") as fh:
        data = fh.read(len(MAGIC) + 4 + MAX_HEADER)
    return _header(data)[0]
