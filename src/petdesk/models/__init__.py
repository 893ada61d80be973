"""The domain model. Importing this package registers every table on ``Base.metadata``."""

from functools import cache

from petdesk.models import deleted_indexes  # noqa: F401  (partial indexes of deleted rows)
from petdesk.models.activity import Activity, Project
from petdesk.models.base import Base, SyncedMixin
from petdesk.models.contact import Affiliation, Contact, ContactMethod
from petdesk.models.logistics import (
    Accommodation,
    EmergencyEntry,
    Gift,
    RoomAssignment,
    TravelLeg,
    TravelLegTraveller,
    Vehicle,
    VehicleAssignment,
    VehicleRider,
)
from petdesk.models.merge import DuplicateDismissal, MergeRecord
from petdesk.models.office import ExportedContact, ExportEntry, HousekeepingEntry, Office, Setting
from petdesk.models.organisation import Organisation
from petdesk.models.pipeline import (
    CityNeed,
    FinanceLead,
    ProjectLink,
    ProjectMilestone,
    ProjectPartner,
    ProjectStageChange,
    TechMatch,
    Technology,
    TechnologyReference,
)
from petdesk.models.search import (
    CatalogueDirty,
    CatalogueSearch,
    LastTouch,
    SearchDirty,
    SearchEntry,
    SearchGram,
    TouchDirty,
)
from petdesk.models.sync import (  # noqa: F401
    SyncChange,
    SyncConflict,
    SyncEntity,
    SyncErasure,
    SyncExchange,
    SyncKnowledge,
    SyncLostEdit,
    SyncOffice,
    SyncPeer,
    SyncRetiredOffice,
    SyncRowVersion,
    SyncState,
)
from petdesk.models.training import (
    Attendance,
    SessionTrainer,
    Training,
    TrainingParticipant,
    TrainingSession,
)
from petdesk.models.visit import (
    FollowUp,
    ItineraryAttendee,
    ItineraryItem,
    ItineraryOrganisation,
    Visit,
    VisitParticipant,
)


@cache
def columns_linking_to(table: str) -> tuple[tuple[str, str], ...]:
    """(table, column) of every column with a foreign key to ``table``.id, the tables in dependency
    order: what a merge moves, an erasure deletes or clears, a restore brings back with a record."""
    return tuple(
        (linking.name, column.name)
        for linking in Base.metadata.sorted_tables
        for column in linking.columns
        if any(fk.column.table.name == table and fk.column.name == "id" for fk in column.foreign_keys)
    )


__all__ = [
    "Accommodation",
    "Activity",
    "Affiliation",
    "Attendance",
    "Base",
    "CatalogueDirty",
    "CatalogueSearch",
    "CityNeed",
    "Contact",
    "ContactMethod",
    "DuplicateDismissal",
    "EmergencyEntry",
    "ExportEntry",
    "ExportedContact",
    "FinanceLead",
    "FollowUp",
    "Gift",
    "HousekeepingEntry",
    "ItineraryAttendee",
    "ItineraryItem",
    "ItineraryOrganisation",
    "LastTouch",
    "MergeRecord",
    "Office",
    "Organisation",
    "Project",
    "ProjectLink",
    "ProjectMilestone",
    "ProjectPartner",
    "ProjectStageChange",
    "RoomAssignment",
    "SearchDirty",
    "SearchEntry",
    "SearchGram",
    "SessionTrainer",
    "Setting",
    "SyncedMixin",
    "TechMatch",
    "Technology",
    "TechnologyReference",
    "TouchDirty",
    "Training",
    "TrainingParticipant",
    "TrainingSession",
    "TravelLeg",
    "TravelLegTraveller",
    "Vehicle",
    "VehicleAssignment",
    "VehicleRider",
    "Visit",
    "VisitParticipant",
    "columns_linking_to",
]
