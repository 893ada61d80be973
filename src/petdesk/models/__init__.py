"""The domain model. Importing this package registers every table on ``Base.metadata``."""

from petdesk.models import deleted_indexes  # noqa: F401  (partial indexes of deleted rows)
from petdesk.models.activity import Activity, Project
from petdesk.models.base import Base, SyncedMixin
from petdesk.models.contact import Affiliation, Contact, ContactMethod
from petdesk.models.logistics import (
    Accommodation,
    Gift,
    RoomAssignment,
    TravelLeg,
    TravelLegTraveller,
    Vehicle,
    VehicleAssignment,
)
from petdesk.models.merge import DuplicateDismissal, MergeRecord
from petdesk.models.office import Office, Setting
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
from petdesk.models.search import SearchDirty, SearchEntry, SearchGram
from petdesk.models.sync import (  # noqa: F401
    SyncChange,
    SyncConflict,
    SyncEntity,
    SyncErasure,
    SyncExchange,
    SyncKnowledge,
    SyncOffice,
    SyncPeer,
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

__all__ = [
    "Accommodation",
    "Activity",
    "Affiliation",
    "Attendance",
    "Base",
    "CityNeed",
    "Contact",
    "ContactMethod",
    "DuplicateDismissal",
    "FinanceLead",
    "FollowUp",
    "Gift",
    "ItineraryAttendee",
    "ItineraryItem",
    "ItineraryOrganisation",
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
    "Training",
    "TrainingParticipant",
    "TrainingSession",
    "TravelLeg",
    "TravelLegTraveller",
    "Vehicle",
    "VehicleAssignment",
    "Visit",
    "VisitParticipant",
]
