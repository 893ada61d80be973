"""The name of the operating system's account that runs petdesk, as a person would be named: the full
name the account was given ("Zhou Min", from the GECOS field on Linux and macOS, ``GetUserNameExW``
on Windows), else the login ("zmin", "root"). Field test 84: a change log that credits "root" says
nothing about who made the change."""

from __future__ import annotations

import getpass
import os
import sys


def login_name() -> str:
    """The account's login, or "" on a system that has none (a container without a passwd entry)."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises OSError or KeyError there, by Python version
        return ""


def full_name() -> str:
    """The account's full name if the system knows one, else ""."""
    return _windows_full_name() if sys.platform == "win32" else _gecos_name()


def display_name() -> str:
    """The full name, else the login ("" if neither is known)."""
    return full_name() or login_name()


def _gecos_name() -> str:
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (ImportError, KeyError, OSError):
        return ""
    # "Zhou Min,Room 12,+49 228 ...": the full name is the first comma-separated field
    name = gecos.split(",", 1)[0].strip()
    return "" if name.lower() == login_name().lower() else name  # root's GECOS is "root": no name


def _windows_full_name() -> str:  # pragma: no cover - Windows only
    import ctypes

    name_display = 3  # EXTENDED_NAME_FORMAT.NameDisplay: "Zhou Min" (a domain or Microsoft account)
    try:
        secur32 = ctypes.WinDLL("secur32")  # type: ignore[attr-defined]
        size = ctypes.c_ulong(0)
        secur32.GetUserNameExW(name_display, None, ctypes.byref(size))
        if not size.value:
            return ""
        buffer = ctypes.create_unicode_buffer(size.value)
        if not secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)):
            return ""  # a local account without a display name
        return buffer.value.strip()
    except (AttributeError, OSError):
        return ""
