"""Tests of a walk that may never end, themselves bounded in time.

A SIGALRM guard does not fire while the test runs off the main thread or a handler is swapped
by the test runner; instead a watchdog thread raises ``WalkedTooLong`` inside the thread
running the walk (CPython checks for it between bytecodes, so a Python loop, however tight,
is interrupted — and so is one issuing a query per step, once the query returns)."""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class WalkedTooLong(Exception):
    pass


def within(seconds: float, walk: Callable[[], T]) -> T:
    """``walk()``'s result, or ``WalkedTooLong`` once it has run for ``seconds``."""
    target = threading.get_ident()
    done = threading.Event()

    def interrupt():
        if done.wait(seconds):
            return
        # Again until it stops: a handler on the way (a template, a middleware) may swallow one.
        while not done.wait(0.2):
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(target), ctypes.py_object(WalkedTooLong)
            )

    watchdog = threading.Thread(target=interrupt, daemon=True)
    watchdog.start()
    try:
        return walk()
    except WalkedTooLong:
        raise WalkedTooLong(f"still walking after {seconds} s: a loop in the tree") from None
    finally:
        done.set()
        watchdog.join()
