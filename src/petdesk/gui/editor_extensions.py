"""What other features add to the visit and training editors' toolbars ("Dossier…", icons).

Kept apart from the editors so that registering costs nothing: ``dossier.install`` and
``home.finish`` imported both editor modules to append to their lists, which pulled in the
itinerary, logistics and follow-up modules while the window was built (issue 17: about half a
second of the opening stall at 100,000 contacts). The editors read these lists when one opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from petdesk.gui.trainings.edit import TrainingEditor
    from petdesk.gui.visits.edit import VisitEditor

#: Callables ``fn(editor)`` that add actions to a visit editor's ``toolbar``, in install order.
VISIT_EDITOR: list[Callable[[VisitEditor], None]] = []
#: The same for the training editor.
TRAINING_EDITOR: list[Callable[[TrainingEditor], None]] = []


def add_to_editors(extend: Callable[..., None], *, visits: bool = True, trainings: bool = True) -> None:
    """Run ``extend(editor)`` for every visit and/or training editor opened from now on (once)."""
    for wanted, extensions in ((visits, VISIT_EDITOR), (trainings, TRAINING_EDITOR)):
        if wanted and extend not in extensions:
            extensions.append(extend)
