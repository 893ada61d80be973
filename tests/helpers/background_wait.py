"""How long a GUI test waits for work the window does on Qt's thread pool (a delete, an undo, a
save): the wait ends on the operation's own signal, so the limit costs nothing when all is well.

5 s was too short once in CI under heavy load (``test_activity_log``'s delete): the first window of
a test worker builds its other pages in idle time on the GUI thread and its warm-up holds a pool
thread meanwhile, so a write queued then is delivered seconds late."""

from __future__ import annotations

#: Milliseconds: a wait this long only ends in a failure if the operation never finishes.
BACKGROUND_MS = 60_000
