"""Every table of the domain, imported so that `SQLModel.metadata` knows them all (Alembic, tests)."""

from sqlmodel import SQLModel

from domain.admin_units import AdminUnit, UnitPeriod, Village, VillageMembership
from domain.agencies import Agency, Assignment
from domain.attachments import Attachment, ContentChunk, FileContent
from domain.audit import AuditEvent
from domain.criteria import Assessment, CriteriaSet, Criterion
from domain.document_settings import DocumentSettingsRow
from domain.plan import Plan, PlanVillage
from domain.reorganisation import Reorganisation, UnitChange
from domain.review_rounds import ReviewComment, ReviewRound, VillageReview, YearClosure
from domain.teams import SupportTeam, TeamMember
from domain.users import UserAccount
from domain.village_records import (
    CommunityModel,
    Concern,
    Contribution,
    HouseholdIndicators,
    Initiative,
    VillageContact,
    Visit,
)

TABLES = (
    AdminUnit, Village, Agency, Assignment, AuditEvent, Assessment, CriteriaSet, Criterion,
    Plan, PlanVillage, SupportTeam, TeamMember, UserAccount,
    HouseholdIndicators, CommunityModel, Contribution, Visit, Concern, VillageContact, Initiative, DocumentSettingsRow,
    UnitPeriod, VillageMembership, Reorganisation, UnitChange,
    ReviewRound, VillageReview, ReviewComment, YearClosure,
    FileContent, ContentChunk, Attachment,
)
metadata = SQLModel.metadata
