"""A training's attendance counted in time slots: the certificate rule and the attendance report.

Sessions of one training that overlap are parallel breakouts; an attendee chooses one of them, so
together they are one slot, attended when the person was present at any of them (field test 15:
with two breakouts in nine sessions, nobody could reach 9/9).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from petdesk.enums import AttendanceStatus

#: Share of the slots a participant must attend for a certificate.
CERTIFICATE_SHARE = 0.8

#: Which mark stands for a slot of parallel sessions: present at one beats excused beats absent.
_RANK = {AttendanceStatus.PRESENT: 3, AttendanceStatus.EXCUSED: 2, AttendanceStatus.ABSENT: 1}


def time_slots(sessions: Iterable[tuple[str, dt.datetime, dt.datetime]]) -> list[tuple[str, ...]]:
    """The ids of (id, start, end) sessions grouped into slots in time order: sessions overlapping
    each other, directly or through a third, share one. Times must be aware or all in one zone."""
    slots: list[list[str]] = []
    slot_end: dt.datetime | None = None
    for sid, start, end in sorted(sessions, key=lambda s: (s[1], s[2], s[0])):
        if slot_end is not None and start < slot_end:
            slots[-1].append(sid)
            slot_end = max(slot_end, end)
        else:
            slots.append([sid])
            slot_end = end
    return [tuple(slot) for slot in slots]


@dataclass(frozen=True)
class Tally:
    """One person's attendance over a training's slots."""

    present: int
    absent: int
    excused: int
    #: Slots in the training (unmarked ones count against the rate but under no mark).
    slots: int

    @property
    def rate(self) -> float:
        return self.present / self.slots if self.slots else 0.0

    @property
    def earns_certificate(self) -> bool:
        return self.slots > 0 and self.rate >= CERTIFICATE_SHARE


def tally(slots: Sequence[tuple[str, ...]], marks: Mapping[str, AttendanceStatus | str | None]) -> Tally:
    """Count ``marks`` (session id → status) per slot: one mark per slot, the best of its sessions."""
    counts = dict.fromkeys(AttendanceStatus, 0)
    for slot in slots:
        statuses = [AttendanceStatus(m) for sid in slot if (m := marks.get(sid))]
        if statuses:
            counts[max(statuses, key=_RANK.__getitem__)] += 1
    return Tally(
        present=counts[AttendanceStatus.PRESENT],
        absent=counts[AttendanceStatus.ABSENT],
        excused=counts[AttendanceStatus.EXCUSED],
        slots=len(slots),
    )
