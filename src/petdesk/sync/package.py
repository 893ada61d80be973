"""The change package file: one file, encrypted and authenticated with the offices' passphrase.

Layout (all integers big-endian)::

    magic       16 bytes  b"\\x89PETDESK-SYNC\\r\\n\\x1a\\n"  (PNG-style: text-mode transfers show)
    header_len   4 bytes
    header      JSON: format, KDF (scrypt) parameters and salt, nonce, key check, ciphertext length
    ciphertext  AES-256-GCM of the plaintext, with magic + header as associated data

    plaintext = manifest_len (4 bytes) + manifest JSON + body (zlib-compressed)

The body of format 2 is a sequence of JSON lines, each a part of at most a few thousand records
(``{"offices": [...]}``, ``{"erasures": [...]}``, ``{"entity": ..., "columns": ..., "rows": ...,
"versions": ...}``, ``{"history": [...]}``), so that a package is written and read a part at a time
in bounded memory however many records it holds. Format 1 (one JSON object) is still read.

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
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from petdesk import __version__, outfile
from petdesk.sync.validate import MAX_TEXT

MAGIC = b"\x89PETDESK-SYNC\r\n\x1a\n"
#: How every SQLite database file starts: a petdesk database (or a sync client's "conflicted copy" of
#: one) given where a package was meant (field test 70).
SQLITE_MAGIC = b"SQLite format 3\x00"
#: What is said of such a file: what it is, and what to do with it instead.
DATABASE_NOT_PACKAGE = (
    "this is a database file, not a sync package (a copy a file-sync program made, such as a "
    "“conflicted copy”?): look at it with petdesk --db FILE, and bring its changes over by hand or "
    "from a package its office writes with petdesk sync export"
)
#: Format written by :class:`PackageWriter` (a body of JSON lines) ...
FORMAT_VERSION = 2
#: ... and the one-object body of older packages, still read (``encode``/``write`` make it too).
LEGACY_FORMAT = 1
#: zlib level of new packages: level 1 packs JSON records nearly as well as 6, at a fraction of the time.
LINES_LEVEL = 1
#: Longest line of a format-2 body (a part holds a few thousand records).
MAX_LINE = 64 * 1024 * 1024
#: Scrypt cost of new packages: N = 2^17 (128 MiB, current guidance); older packages with
#: N = 2^15 are still read. Tests lower it through ``write(..., kdf_n=...)``.
DEFAULT_KDF_N = 2**17
MAX_KDF_N = 2**18
#: Memory scrypt may use for a package's parameters (128 * r * n bytes); more is a damaged header.
MAX_KDF_MEMORY = 256 * 1024 * 1024
MAX_HEADER = 64 * 1024
#: AES-GCM in ``cryptography`` takes at most 2**31 - 1 bytes in one call.
MAX_PAYLOAD = 2**31 - 1 - 16
MIN_PASSPHRASE = 8
#: The decompressed body may be at most this large (a bigger one is a decompression bomb) ...
MAX_BODY_JSON = 512 * 1024 * 1024
#: ... and at most this many times its compressed size, above a floor (JSON of records packs
#: about 5 to 20 times; a bomb a thousand times).
MAX_RATIO = 100
MIN_BODY_CAP = 64 * 1024 * 1024
#: The manifest is small; more is a damaged or crafted package.
MAX_MANIFEST = 1024 * 1024
#: Deepest nesting of lists and objects a package holds (rows in lists in objects: about 6).
MAX_DEPTH = 16
#: Bytes read, decrypted and decompressed at a time.
CHUNK = 1024 * 1024
#: A package being written is compressed in blocks of about this many bytes of JSON, on a second
#: thread (zlib lets go of the interpreter while it works), at most this many blocks ahead.
WRITE_BLOCK = 4 * 1024 * 1024
WRITE_AHEAD = 2


class PackageError(Exception):
    """A package file that is rejected, with a sentence that says what is wrong."""


@dataclass
class Package:
    """An opened package: the manifest, and the body in memory (format 1) or read a part at a
    time from the file on each :meth:`records` (format 2)."""

    manifest: dict[str, Any]
    legacy_body: dict[str, Any] | None
    file_sha256: str
    file_size: int
    source: _Source | None = None

    @property
    def body(self) -> dict[str, Any]:
        """The whole body in format 1's layout (for small packages and tests; imports use records)."""
        if self.legacy_body is not None:
            return self.legacy_body
        return join_records(self.records())

    def records(self) -> Iterator[dict[str, Any]]:
        """The body's parts in order: offices, erasures, records per table, history."""
        if self.source is not None:
            return self.source.records()
        return split_body(self.legacy_body or {})


def split_body(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A format-1 body as the parts of format 2 (the values are not checked here)."""
    yield {"offices": body.get("offices", [])}
    if "erasures" in body:
        yield {"erasures": body["erasures"]}
    entities = body.get("entities", {})
    if not isinstance(entities, dict):
        yield {"entities": entities}  # refused by the check of the parts
        return
    for name, data in entities.items():
        yield {"entity": name, **data} if isinstance(data, dict) else {"entity": name, "rows": data}
    if "history" in body:
        yield {"history": body["history"]}


def join_records(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Parts back into format 1's one object."""
    body: dict[str, Any] = {"offices": [], "entities": {}}
    for record in records:
        if "offices" in record:
            body["offices"].extend(record["offices"])
        elif "entity" in record:
            data = body["entities"].setdefault(
                record["entity"], {"columns": record["columns"], "rows": [], "versions": []}
            )
            data["rows"].extend(record["rows"])
            data["versions"].extend(record["versions"])
        for key in ("history", "erasures"):
            if key in record:
                body.setdefault(key, []).extend(record[key])
    return body


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a package may hold")


def _loads(data: bytes) -> Any:
    """JSON without Infinity/NaN and without nesting deeper than :data:`MAX_DEPTH`."""
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc
    if _depth(value) > MAX_DEPTH:
        raise ValueError("nested too deeply")
    return value


def _depth(value: Any) -> int:
    """Nesting depth of decoded JSON, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            stack.extend((child, level + 1) for child in item if isinstance(child, (list, dict)))
    return deepest


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return material[:32], material[32:]


def encode(
    manifest: dict[str, Any], body: dict[str, Any], passphrase: str, *, kdf_n: int = DEFAULT_KDF_N
) -> bytes:
    """The bytes of a package file. The manifest gets the body's checksum and size."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from petdesk.sync.passphrase import problem

    if (weak := problem(passphrase)) is not None:
        raise PackageError(weak)
    body_bytes = zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    manifest = {
        **manifest,
        "format": LEGACY_FORMAT,
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
    prefix = _prefix(LEGACY_FORMAT, salt, nonce, check, kdf_n, len(plaintext) + 16)
    return prefix + AESGCM(key).encrypt(nonce, plaintext, prefix)


def _prefix(fmt: int, salt: bytes, nonce: bytes, check: bytes, kdf_n: int, ciphertext_length: int) -> bytes:
    """Magic, header length and the clear-text header (the associated data of the encryption)."""
    header = {
        "format": fmt,
        "kdf": {"name": "scrypt", "salt": _b64(salt), "n": kdf_n, "r": 8, "p": 1},
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "key_check": _b64(check),
        "ciphertext_length": ciphertext_length,
        # in clear text, so that a petdesk too old to read the format can name the version it needs
        "petdesk_version": __version__,
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    return MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes


def write(
    path: Path,
    manifest: dict[str, Any],
    body: dict[str, Any],
    passphrase: str,
    *,
    kdf_n: int = DEFAULT_KDF_N,
    durable: bool = True,
) -> tuple[str, int]:
    """Write the package through :mod:`petdesk.outfile` (a temporary file renamed into place, unless
    ``path`` is a pipe or a device); returns (sha256, size).

    ``durable`` forces the bytes to disk before the rename (off only for throw-away test files)."""
    data = encode(manifest, body, passphrase, kdf_n=kdf_n)
    # Mode 600: a package holds the office's records, encrypted or not.
    outfile.write_bytes(path, data, private=True, durable=durable)
    return hashlib.sha256(data).hexdigest(), len(data)


class PackageWriter:
    """Writes a format-2 package a part at a time, in bounded memory.

    The parts are compressed into a temporary file beside the target, encrypted with a one-off
    key that lives only in memory (no record is ever on disk in clear); :meth:`finish` then knows
    the body's size and checksum for the manifest and encrypts manifest and body into the package,
    which replaces the target atomically (see :mod:`petdesk.outfile`). Use it as a context manager:
    the temporary files go whatever happens.

    Compressing is about a third of the work of a full export: it runs on a second thread, a block
    of parts at a time, while the caller reads and serialises the next records."""

    def __init__(
        self, path: Path, passphrase: str, *, kdf_n: int = DEFAULT_KDF_N, durable: bool = True
    ) -> None:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        from petdesk.sync.passphrase import problem

        if (weak := problem(passphrase)) is not None:
            raise PackageError(weak)
        self.path = Path(path)
        self._kdf_n, self._durable = kdf_n, durable
        # The key first: scrypt's 128 MiB are freed again before the records fill the page cache.
        self._salt, self._nonce = os.urandom(16), os.urandom(12)
        self._key, self._check = _derive(passphrase, self._salt, kdf_n, 8, 1)
        self._spool_path = outfile.work_folder(path) / f".{outfile.target(path).name}.body.partial"
        self._spool: BinaryIO = os.fdopen(
            os.open(self._spool_path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600), "w+b"
        )
        self._spool_key, self._spool_nonce = os.urandom(32), os.urandom(16)
        self._cipher = Cipher(algorithms.AES(self._spool_key), modes.CTR(self._spool_nonce))
        self._hide = self._cipher.encryptor()
        self._packer = zlib.compressobj(LINES_LEVEL)
        self._sha = hashlib.sha256()
        self._size = 0
        self._block: list[bytes] = []
        self._block_size = 0
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="petdesk-package")
        # Blocks handed to the worker and not yet written (one worker: written in order).
        self._ahead: deque[Future[None]] = deque()

    def __enter__(self) -> PackageWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)
        self._spool.close()
        self._spool_path.unlink(missing_ok=True)

    def add(self, record: dict[str, Any]) -> None:
        """One part of the body (a JSON object on one line)."""
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        self._block.append(line)
        self._block_size += len(line)
        if self._block_size >= WRITE_BLOCK:
            self._hand_over()

    def _hand_over(self) -> None:
        """Give the parts collected so far to the worker, waiting while it is too far behind (an
        error of the worker is raised here)."""
        while len(self._ahead) >= WRITE_AHEAD:
            self._ahead.popleft().result()
        block, self._block, self._block_size = b"".join(self._block), [], 0
        self._ahead.append(self._worker.submit(self._compress, block))

    def _compress(self, block: bytes) -> None:
        self._put(self._packer.compress(block))

    def _put(self, data: bytes) -> None:
        if data:
            self._sha.update(data)
            self._size += len(data)
            self._spool.write(self._hide.update(data))

    def finish(self, manifest: dict[str, Any]) -> tuple[str, int]:
        """Write the package with this manifest; returns (sha256 of the file, its size)."""
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        self._hand_over()
        while self._ahead:
            self._ahead.popleft().result()
        self._put(self._packer.flush())
        manifest = {
            **manifest,
            "format": FORMAT_VERSION,
            "compression": "zlib",
            "body_sha256": self._sha.hexdigest(),
            "body_size": self._size,
        }
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8")
        head = struct.pack(">I", len(manifest_bytes)) + manifest_bytes
        if len(head) + self._size > MAX_PAYLOAD:
            raise PackageError("the changes are too large for one package; export to each office separately")
        prefix = _prefix(
            FORMAT_VERSION, self._salt, self._nonce, self._check, self._kdf_n, len(head) + self._size + 16
        )
        encryptor = Cipher(algorithms.AES(self._key), modes.GCM(self._nonce)).encryptor()
        encryptor.authenticate_additional_data(prefix)
        file_sha = hashlib.sha256()
        size = 0
        # Mode 600: a package holds the office's records, encrypted or not.
        with outfile.writing(self.path, private=True, durable=self._durable) as fh:

            def out(data: bytes) -> None:
                nonlocal size
                file_sha.update(data)
                size += len(data)
                fh.write(data)

            out(prefix)
            out(encryptor.update(head))
            self._spool.flush()
            self._spool.seek(0)
            reveal = self._cipher.decryptor()
            while chunk := self._spool.read(CHUNK):
                out(encryptor.update(reveal.update(chunk)))
            out(encryptor.finalize())
            out(encryptor.tag)
        return file_sha.hexdigest(), size


def database_given(path: Path) -> bool:
    """Whether ``path`` is a database file rather than a package: said before a passphrase is asked
    for (the sentence of a wrong file came after "no passphrase")."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False  # the import says why it cannot be read


def _header(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    if data.startswith(SQLITE_MAGIC):
        raise PackageError(DATABASE_NOT_PACKAGE)
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
        header = _loads(data[len(MAGIC) + 4 : end])
        if not isinstance(header, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError("the package header is damaged (unreadable)") from exc
    return header, data[:end], data[end:]


@dataclass
class _Params:
    salt: bytes
    nonce: bytes
    check: bytes
    n: int
    r: int
    p: int
    expected: int
    fmt: int = LEGACY_FORMAT


def _params(header: dict[str, Any]) -> _Params:
    fmt = header.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        raise PackageError("the package header is damaged (no format version)")
    if fmt > FORMAT_VERSION:
        writer = header.get("petdesk_version")
        if isinstance(writer, str) and writer and writer != __version__:
            raise PackageError(
                f"the package was made by petdesk {writer} in package format {fmt}; this petdesk "
                f"({__version__}) reads up to format {FORMAT_VERSION}: update to petdesk {writer} "
                "or later to import it"
            )
        raise PackageError(
            f"the package was made by a newer petdesk (package format {fmt}, this petdesk reads "
            f"format {FORMAT_VERSION}); update petdesk to import it"
        )
    try:
        kdf = header["kdf"]
        salt, nonce, check = _unb64(kdf["salt"]), _unb64(header["nonce"]), _unb64(header["key_check"])
        numbers = (kdf["n"], kdf["r"], kdf["p"], header["ciphertext_length"])
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in numbers):
            raise ValueError("numbers expected")
        n, r, p, expected = numbers
        if kdf.get("name") != "scrypt" or header.get("cipher") != "AES-256-GCM":
            raise ValueError("unknown algorithm")
        if not (2 <= n <= MAX_KDF_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 4) or (
            128 * r * n > MAX_KDF_MEMORY
        ):
            raise ValueError("key derivation parameters out of range")
        if not 16 < expected <= MAX_PAYLOAD + 16:
            raise ValueError("impossible length")
        if len(nonce) != 12 or len(salt) < 8 or len(check) != 32:
            raise ValueError("bad sizes")
    except (KeyError, TypeError, ValueError) as exc:
        raise PackageError(f"the package header is damaged ({exc})") from exc
    return _Params(salt, nonce, check, n, r, p, expected, fmt)


def _check_length(params: _Params, prefix_len: int, available: int) -> None:
    if available < params.expected:
        raise PackageError(
            f"the file is truncated: {prefix_len + available:,} of "
            f"{prefix_len + params.expected:,} bytes are there"
        )
    if available > params.expected:
        raise PackageError("the file is damaged: it has extra bytes after the end of the package")


def _key(params: _Params, passphrase: str) -> bytes:
    key, computed_check = _derive(passphrase, params.salt, params.n, params.r, params.p)
    if not hmac.compare_digest(params.check, computed_check):
        raise PackageError("wrong passphrase: this package was encrypted with a different passphrase")
    return key


def decode(data: bytes, passphrase: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Verify and open package bytes: (manifest, body). Raises ``PackageError`` with the reason."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, prefix, ciphertext = _header(data)
    params = _params(header)
    _check_length(params, len(prefix), len(ciphertext))
    key = _key(params, passphrase)
    try:
        plaintext = AESGCM(key).decrypt(params.nonce, ciphertext, prefix)
    except InvalidTag as exc:
        raise PackageError(
            "the package is damaged or was altered after it was made (authentication failed)"
        ) from exc
    return _open_plaintext(plaintext)


def _open_plaintext(plaintext: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    try:
        (manifest_len,) = struct.unpack(">I", plaintext[:4])
        if manifest_len > MAX_MANIFEST:
            raise ValueError("manifest too large")
        manifest = _loads(plaintext[4 : 4 + manifest_len])
        if not isinstance(manifest, dict):
            raise ValueError("unexpected structure")
        body_bytes = plaintext[4 + manifest_len :]
        if hashlib.sha256(body_bytes).hexdigest() != manifest.get("body_sha256"):
            raise ValueError("body checksum mismatch")
        body = _loads(_inflate(body_bytes))
        if not isinstance(body, dict):
            raise ValueError("unexpected structure")
    except (KeyError, TypeError, ValueError, struct.error, zlib.error, UnicodeDecodeError) as exc:
        raise PackageError(f"the package content is damaged ({exc})") from exc
    return manifest, body


def body_cap(compressed_size: int) -> int:
    """How large a body of ``compressed_size`` bytes may unpack to."""
    return min(MAX_BODY_JSON, max(MIN_BODY_CAP, MAX_RATIO * compressed_size))


def _too_big(cap: int) -> str:
    return f"it unpacks to more than {cap // 2**20} MiB, far more than a package of its size holds"


def _inflate(data: bytes) -> bytes:
    """zlib-decompress at most :func:`body_cap` bytes, a chunk at a time."""
    cap = body_cap(len(data))
    inflater = zlib.decompressobj()
    out = bytearray()
    view = memoryview(data)
    for start in range(0, len(data), CHUNK):
        out += inflater.decompress(view[start : start + CHUNK], cap + 1 - len(out))
        if len(out) > cap or inflater.unconsumed_tail:
            raise ValueError(_too_big(cap))
    out += inflater.flush()
    if len(out) > cap:
        raise ValueError(_too_big(cap))
    return bytes(out)


def lines_cap(compressed_size: int) -> int:
    """How large a format-2 body may unpack to: it is read a line at a time, so only its ratio is
    bounded (a bomb would cost time, not memory)."""
    return max(MIN_BODY_CAP, MAX_RATIO * compressed_size)


@dataclass
class _Checked:
    manifest: bytes
    file_sha256: str


def _authenticate(fh: Any, params: _Params, key: bytes, prefix: bytes) -> _Checked:
    """First pass over the file, in chunks: authenticate it, keeping nothing but the manifest, so
    that a forged length costs no memory. Returns the manifest's bytes and the file's checksum.

    A format-1 body is unpacked whole afterwards: this pass measures what it unpacks to, so that a
    decompression bomb is refused before it is held. A format-2 body is unpacked a chunk at a time
    by :meth:`_Source.records`, which bounds what it unpacks to itself: here it is only checked
    against the manifest's checksum (unpacking it here too was a third of a full import's reading)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    body_len = params.expected - 16
    fh.seek(len(prefix) + body_len)
    tag = fh.read(16)
    fh.seek(len(prefix))
    file_sha = hashlib.sha256(prefix)
    body_sha = hashlib.sha256()
    decryptor = Cipher(algorithms.AES(key), modes.GCM(params.nonce, tag)).decryptor()
    decryptor.authenticate_additional_data(prefix)
    measure = params.fmt == LEGACY_FORMAT
    head = b""
    manifest = bytearray()
    manifest_left: int | None = None
    inflater = zlib.decompressobj()
    unpacked = 0
    cap = MAX_BODY_JSON
    too_big = broken = False
    remaining = body_len
    while remaining:
        step = min(CHUNK, remaining)
        data = fh.read(step)
        file_sha.update(data)
        chunk = decryptor.update(data)
        remaining -= step
        if manifest_left is None:
            head += chunk
            if len(head) < 4:
                continue
            (manifest_left,) = struct.unpack(">I", head[:4])
            compressed = body_len - 4 - manifest_left
            cap = body_cap(compressed) if params.fmt == LEGACY_FORMAT else lines_cap(compressed)
            chunk = head[4:]
        if manifest_left:
            skip = min(manifest_left, len(chunk))
            if len(manifest) + skip <= MAX_MANIFEST:
                manifest += chunk[:skip]
            manifest_left -= skip
            chunk = chunk[skip:]
        if chunk:
            body_sha.update(chunk)
        if measure and chunk and not (too_big or broken):
            try:
                # At most a chunk of output per call: a bomb is measured, never held.
                unpacked += len(inflater.decompress(chunk, CHUNK))
                while inflater.unconsumed_tail and unpacked <= cap:
                    unpacked += len(inflater.decompress(inflater.unconsumed_tail, CHUNK))
            except zlib.error:
                broken = True  # damaged: the second pass says so, once the file is authenticated
            too_big = too_big or unpacked > cap
    try:
        decryptor.finalize()
    except InvalidTag as exc:
        raise PackageError(
            "the package is damaged or was altered after it was made (authentication failed)"
        ) from exc
    file_sha.update(tag)
    if too_big:
        raise PackageError(f"the package content is damaged ({_too_big(cap)})")
    if params.fmt != LEGACY_FORMAT:
        try:
            if manifest_left is None or len(manifest) > MAX_MANIFEST or manifest_left:
                raise ValueError("manifest too large")
            parsed = _loads(bytes(manifest))
            if not isinstance(parsed, dict):
                raise ValueError("unexpected structure")
            if body_sha.hexdigest() != parsed.get("body_sha256"):
                raise ValueError("body checksum mismatch")
        except (ValueError, UnicodeDecodeError) as exc:
            raise PackageError(f"the package content is damaged ({exc})") from exc
    return _Checked(bytes(manifest), file_sha.hexdigest())


def read(path: Path, passphrase: str) -> Package:
    """Open a package file in bounded memory: the header and the declared length are checked
    against the file before the rest is read, the passphrase before anything is decrypted, and a
    first streaming pass authenticates the file (and measures what a format-1 body unpacks to). A
    format-2 body stays in the file; :meth:`Package.records` reads it a part at a time, bounding
    what it unpacks to."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            header, prefix, _rest = _header(fh.read(len(MAGIC) + 4 + MAX_HEADER))
            params = _params(header)
            _check_length(params, len(prefix), size - len(prefix))
            key = _key(params, passphrase)
            checked = _authenticate(fh, params, key, prefix)
            if params.fmt != LEGACY_FORMAT:
                manifest = json.loads(checked.manifest.decode("utf-8"))
                return Package(manifest, None, checked.file_sha256, size, _Source(path, prefix, params, key))
            fh.seek(0)
            data = fh.read()
    except FileNotFoundError as exc:
        raise PackageError(f"{path} does not exist") from exc
    except IsADirectoryError as exc:
        raise PackageError(f"{path} is a folder, not a package file") from exc
    except OSError as exc:
        raise PackageError(f"{path} cannot be read ({exc.strerror})") from exc
    manifest, body = _decrypt_known(data, prefix, params, key)
    return Package(manifest, body, checked.file_sha256, len(data))


@dataclass
class _Source:
    """Where a format-2 body is, and how to decrypt it (the file was authenticated already)."""

    path: Path
    prefix: bytes
    params: _Params
    key: bytes

    def records(self) -> Iterator[dict[str, Any]]:
        """Decrypt, unpack and parse the body a line at a time. The tag is checked again at the
        end, so a file changed since it was authenticated fails before the import commits; a body
        that unpacks to more than its ratio allows (:func:`lines_cap`) or is not a whole zlib stream
        fails as soon as that shows, before the import commits too."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        body_len = self.params.expected - 16
        try:
            with open(self.path, "rb") as fh:
                fh.seek(len(self.prefix) + body_len)
                tag = fh.read(16)
                fh.seek(len(self.prefix))
                decryptor = Cipher(algorithms.AES(self.key), modes.GCM(self.params.nonce, tag)).decryptor()
                decryptor.authenticate_additional_data(self.prefix)
                inflater = zlib.decompressobj()
                pending = bytearray()
                skip: int | None = None
                head = b""
                remaining = body_len
                cap = unpacked = 0
                while remaining:
                    step = min(CHUNK, remaining)
                    chunk = decryptor.update(fh.read(step))
                    remaining -= step
                    if skip is None:
                        head += chunk
                        if len(head) < 4:
                            continue
                        skip = 4 + struct.unpack(">I", head[:4])[0]
                        cap = lines_cap(body_len - skip)
                        chunk, head = head, b""
                    if skip:
                        cut = min(skip, len(chunk))
                        skip -= cut
                        chunk = chunk[cut:]
                    data = inflater.decompress(chunk, CHUNK)
                    while True:
                        unpacked += len(data)
                        if unpacked > cap:
                            raise PackageError(f"the package content is damaged ({_too_big(cap)})")
                        pending += data
                        yield from _complete_lines(pending)
                        if not inflater.unconsumed_tail:
                            break
                        data = inflater.decompress(inflater.unconsumed_tail, CHUNK)
                try:
                    decryptor.finalize()
                except InvalidTag as exc:
                    raise PackageError(
                        "the package is damaged or was altered after it was made (authentication failed)"
                    ) from exc
                rest = inflater.flush()
                if unpacked + len(rest) > cap:
                    raise PackageError(f"the package content is damaged ({_too_big(cap)})")
                pending += rest
                yield from _complete_lines(pending)
                if pending.strip() or not inflater.eof:
                    raise PackageError("the package content is damaged (it ends inside a part)")
        except zlib.error as exc:
            raise PackageError(f"the package content is damaged ({exc})") from exc
        except OSError as exc:
            raise PackageError(f"{self.path} cannot be read ({exc.strerror})") from exc


def _complete_lines(pending: bytearray) -> Iterator[dict[str, Any]]:
    """Parse and remove every complete line of ``pending``."""
    start = 0
    while (end := pending.find(b"\n", start)) >= 0:
        line = pending[start:end]  # (a copy already: decoded as it is, not copied again to bytes)
        start = end + 1
        if line and not line.isspace():  # (strip() would copy the line once more)
            yield _record(line)
    del pending[:start]
    if len(pending) > MAX_LINE:
        raise PackageError("the package content is damaged (a part is impossibly long)")


class ShortPart(dict[str, Any]):
    """A part of the body read from a line of at most ``MAX_TEXT`` bytes. A character takes one
    byte or more in the line, so none of its texts can be too long, and its check skips measuring
    them (a tenth of the import's check at 100,000 contacts)."""

    short_texts = True


def _record(line: bytes | bytearray) -> dict[str, Any]:
    """One line of a format-2 body. Its structure is checked by the import (``validate_record``),
    which accepts nothing nested deeper than a record's fields, so no depth walk is needed here."""
    try:
        value = json.loads(line.decode("utf-8"), parse_constant=_no_constant)
    except RecursionError as exc:
        raise PackageError("the package content is damaged (nested too deeply)") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise PackageError(f"the package content is damaged ({exc})") from exc
    if not isinstance(value, dict):
        raise PackageError("the package content is damaged (a part is not a table)")
    return ShortPart(value) if len(line) <= MAX_TEXT else value


def _decrypt_known(
    data: bytes, prefix: bytes, params: _Params, key: bytes
) -> tuple[dict[str, Any], dict[str, Any]]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        plaintext = AESGCM(key).decrypt(params.nonce, data[len(prefix) :], prefix)
    except InvalidTag as exc:  # the file changed between the two passes
        raise PackageError(
            "the package is damaged or was altered after it was made (authentication failed)"
        ) from exc
    del data
    return _open_plaintext(plaintext)


def peek_header(path: Path) -> dict[str, Any]:
    """The clear-text header (no secrets in it), e.g. to tell a package file from another file."""
    with open(path, "rb") as fh:
        data = fh.read(len(MAGIC) + 4 + MAX_HEADER)
    return _header(data)[0]
