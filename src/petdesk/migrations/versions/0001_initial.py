"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op



revision: str = '0001_initial'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('contact',
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('name_order', sa.Enum('family_first', 'given_first', name='nameorder', native_enum=False, length=24), nullable=False),
    sa.Column('family_name_zh', sa.String(length=50), nullable=False),
    sa.Column('given_name_zh', sa.String(length=50), nullable=False),
    sa.Column('honorific_en', sa.String(length=50), nullable=False),
    sa.Column('honorific_zh', sa.String(length=50), nullable=False),
    sa.Column('gender', sa.String(length=10), nullable=False),
    sa.Column('languages', sa.Text(), nullable=False),
    sa.Column('dietary_needs', sa.Text(), nullable=False),
    sa.Column('accessibility_needs', sa.Text(), nullable=False),
    sa.Column('emergency_contact', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_family_name'), ['family_name'], unique=False)

    op.create_table('office',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=200), nullable=False),
    sa.Column('is_self', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )
    op.create_table('organisation',
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('name_zh', sa.String(length=300), nullable=False),
    sa.Column('short_name_en', sa.String(length=100), nullable=False),
    sa.Column('short_name_zh', sa.String(length=100), nullable=False),
    sa.Column('aliases', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('city_government', 'ministry_agency', 'enterprise', 'fund', 'university', 'ngo', 'hub_office', name='orgkind', native_enum=False, length=24), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('city_en', sa.String(length=100), nullable=False),
    sa.Column('city_zh', sa.String(length=100), nullable=False),
    sa.Column('address_en', sa.Text(), nullable=False),
    sa.Column('address_zh', sa.Text(), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('technology_areas', sa.Text(), nullable=False),
    sa.Column('is_member_city', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_name_en'), ['name_en'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('affiliation',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('position_en', sa.String(length=200), nullable=False),
    sa.Column('position_zh', sa.String(length=200), nullable=False),
    sa.Column('department_en', sa.String(length=200), nullable=False),
    sa.Column('department_zh', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_affiliation_contact_id_contact')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_affiliation_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_affiliation'))
    )
    with op.batch_alter_table('affiliation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_affiliation_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_affiliation_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('contact_method',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('channel', sa.Enum('email', 'phone', 'wechat', 'whatsapp', 'line', 'telegram', 'skype', 'fax', name='contactchannel', native_enum=False, length=24), nullable=False),
    sa.Column('label', sa.Enum('work', 'mobile', 'home', 'other', name='channellabel', native_enum=False, length=24), nullable=False),
    sa.Column('value', sa.String(length=300), nullable=False),
    sa.Column('normalized', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_method_contact_id_contact')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_method'))
    )
    with op.batch_alter_table('contact_method', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_method_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_method_normalized'), ['normalized'], unique=False)

    op.create_table('project',
    sa.Column('title_en', sa.String(length=300), nullable=False),
    sa.Column('title_zh', sa.String(length=300), nullable=False),
    sa.Column('status', sa.Enum('idea', 'preparing', 'submitted', 'approved', 'rejected', 'running', 'closed', name='projectstatus', native_enum=False, length=24), nullable=False),
    sa.Column('fund_en', sa.String(length=300), nullable=False),
    sa.Column('fund_zh', sa.String(length=300), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2, asdecimal=False), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('lead_organisation_id', sa.String(length=36), nullable=True),
    sa.Column('technology_areas', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('description_en', sa.Text(), nullable=False),
    sa.Column('description_zh', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['lead_organisation_id'], ['organisation.id'], name=op.f('fk_project_lead_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project'))
    )
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_lead_organisation_id'), ['lead_organisation_id'], unique=False)

    op.create_table('training',
    sa.Column('title_en', sa.String(length=300), nullable=False),
    sa.Column('title_zh', sa.String(length=300), nullable=False),
    sa.Column('topic_en', sa.String(length=300), nullable=False),
    sa.Column('topic_zh', sa.String(length=300), nullable=False),
    sa.Column('status', sa.Enum('planned', 'confirmed', 'done', 'cancelled', name='trainingstatus', native_enum=False, length=24), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('venue_en', sa.String(length=300), nullable=False),
    sa.Column('venue_zh', sa.String(length=300), nullable=False),
    sa.Column('city_en', sa.String(length=100), nullable=False),
    sa.Column('city_zh', sa.String(length=100), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('organiser_id', sa.String(length=36), nullable=True),
    sa.Column('description_en', sa.Text(), nullable=False),
    sa.Column('description_zh', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['organiser_id'], ['organisation.id'], name=op.f('fk_training_organiser_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training'))
    )
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_organiser_id'), ['organiser_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_start_date'), ['start_date'], unique=False)

    op.create_table('visit',
    sa.Column('title_en', sa.String(length=300), nullable=False),
    sa.Column('title_zh', sa.String(length=300), nullable=False),
    sa.Column('direction', sa.Enum('inbound', 'outbound', name='visitdirection', native_enum=False, length=24), nullable=False),
    sa.Column('status', sa.Enum('planned', 'confirmed', 'done', 'cancelled', name='visitstatus', native_enum=False, length=24), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('host_organisation_id', sa.String(length=36), nullable=True),
    sa.Column('visiting_organisation_id', sa.String(length=36), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('purpose_en', sa.Text(), nullable=False),
    sa.Column('purpose_zh', sa.Text(), nullable=False),
    sa.Column('outcomes_en', sa.Text(), nullable=False),
    sa.Column('outcomes_zh', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['host_organisation_id'], ['organisation.id'], name=op.f('fk_visit_host_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['visiting_organisation_id'], ['organisation.id'], name=op.f('fk_visit_visiting_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_host_organisation_id'), ['host_organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_visiting_organisation_id'), ['visiting_organisation_id'], unique=False)

    op.create_table('activity',
    sa.Column('kind', sa.Enum('call', 'meeting', 'email', 'note', name='activitykind', native_enum=False, length=24), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_activity_contact_id_contact')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_activity_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_activity_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_visit_id'), ['visit_id'], unique=False)

    op.create_table('follow_up',
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('description_en', sa.Text(), nullable=False),
    sa.Column('description_zh', sa.Text(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'done', 'dropped', name='followupstatus', native_enum=False, length=24), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_follow_up_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['owner_id'], ['contact.id'], name=op.f('fk_follow_up_owner_id_contact')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_follow_up_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_visit_id'), ['visit_id'], unique=False)

    op.create_table('itinerary_item',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Enum('meeting', 'site_visit', 'banquet', 'transfer', 'training_session', 'free_time', name='itinerarykind', native_enum=False, length=24), nullable=False),
    sa.Column('title_en', sa.String(length=300), nullable=False),
    sa.Column('title_zh', sa.String(length=300), nullable=False),
    sa.Column('starts_at', sa.String(length=32), nullable=False),
    sa.Column('ends_at', sa.String(length=32), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('place_en', sa.String(length=300), nullable=False),
    sa.Column('place_zh', sa.String(length=300), nullable=False),
    sa.Column('address_en', sa.Text(), nullable=False),
    sa.Column('address_zh', sa.Text(), nullable=False),
    sa.Column('city_en', sa.String(length=100), nullable=False),
    sa.Column('city_zh', sa.String(length=100), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_itinerary_item_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_itinerary_item'))
    )
    with op.batch_alter_table('itinerary_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_itinerary_item_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_itinerary_item_visit_id'), ['visit_id'], unique=False)

    op.create_table('training_participant',
    sa.Column('training_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.Enum('attendee', 'trainer', 'organiser', name='trainingrole', native_enum=False, length=24), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_training_participant_contact_id_contact')),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], name=op.f('fk_training_participant_training_id_training')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_participant'))
    )
    with op.batch_alter_table('training_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_participant_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_participant_training_id'), ['training_id'], unique=False)

    op.create_table('training_session',
    sa.Column('training_id', sa.String(length=36), nullable=False),
    sa.Column('title_en', sa.String(length=300), nullable=False),
    sa.Column('title_zh', sa.String(length=300), nullable=False),
    sa.Column('starts_at', sa.String(length=32), nullable=False),
    sa.Column('ends_at', sa.String(length=32), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('room_en', sa.String(length=200), nullable=False),
    sa.Column('room_zh', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], name=op.f('fk_training_session_training_id_training')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_session'))
    )
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_session_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_session_training_id'), ['training_id'], unique=False)

    op.create_table('visit_participant',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.Enum('head', 'delegate', 'host', 'interpreter', 'driver', 'organiser', 'staff', name='participantrole', native_enum=False, length=24), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_visit_participant_contact_id_contact')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_participant_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_participant'))
    )
    with op.batch_alter_table('visit_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_participant_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_participant_visit_id'), ['visit_id'], unique=False)

    op.create_table('attendance',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.Enum('present', 'absent', 'excused', name='attendancestatus', native_enum=False, length=24), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_attendance_contact_id_contact')),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_attendance_session_id_training_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_session_id'), ['session_id'], unique=False)

    op.create_table('itinerary_attendee',
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_itinerary_attendee_contact_id_contact')),
    sa.ForeignKeyConstraint(['item_id'], ['itinerary_item.id'], name=op.f('fk_itinerary_attendee_item_id_itinerary_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_itinerary_attendee'))
    )
    with op.batch_alter_table('itinerary_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_itinerary_attendee_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_itinerary_attendee_item_id'), ['item_id'], unique=False)

    op.create_table('itinerary_organisation',
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['itinerary_item.id'], name=op.f('fk_itinerary_organisation_item_id_itinerary_item')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_itinerary_organisation_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_itinerary_organisation'))
    )
    with op.batch_alter_table('itinerary_organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_itinerary_organisation_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_itinerary_organisation_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('session_trainer',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_session_trainer_contact_id_contact')),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_session_trainer_session_id_training_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_trainer'))
    )
    with op.batch_alter_table('session_trainer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_trainer_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_trainer_session_id'), ['session_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('session_trainer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_trainer_session_id'))
        batch_op.drop_index(batch_op.f('ix_session_trainer_contact_id'))

    op.drop_table('session_trainer')
    with op.batch_alter_table('itinerary_organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_itinerary_organisation_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_itinerary_organisation_item_id'))

    op.drop_table('itinerary_organisation')
    with op.batch_alter_table('itinerary_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_itinerary_attendee_item_id'))
        batch_op.drop_index(batch_op.f('ix_itinerary_attendee_contact_id'))

    op.drop_table('itinerary_attendee')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_session_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_contact_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('visit_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_participant_visit_id'))
        batch_op.drop_index(batch_op.f('ix_visit_participant_contact_id'))

    op.drop_table('visit_participant')
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_session_training_id'))
        batch_op.drop_index(batch_op.f('ix_training_session_starts_at'))

    op.drop_table('training_session')
    with op.batch_alter_table('training_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_participant_training_id'))
        batch_op.drop_index(batch_op.f('ix_training_participant_contact_id'))

    op.drop_table('training_participant')
    with op.batch_alter_table('itinerary_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_itinerary_item_visit_id'))
        batch_op.drop_index(batch_op.f('ix_itinerary_item_starts_at'))

    op.drop_table('itinerary_item')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_visit_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_owner_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_due_date'))

    op.drop_table('follow_up')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_visit_id'))
        batch_op.drop_index(batch_op.f('ix_activity_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_activity_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_activity_contact_id'))

    op.drop_table('activity')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_visiting_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_visit_start_date'))
        batch_op.drop_index(batch_op.f('ix_visit_host_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_visit_end_date'))

    op.drop_table('visit')
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_start_date'))
        batch_op.drop_index(batch_op.f('ix_training_organiser_id'))
        batch_op.drop_index(batch_op.f('ix_training_end_date'))

    op.drop_table('training')
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_lead_organisation_id'))

    op.drop_table('project')
    with op.batch_alter_table('contact_method', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_method_normalized'))
        batch_op.drop_index(batch_op.f('ix_contact_method_contact_id'))

    op.drop_table('contact_method')
    with op.batch_alter_table('affiliation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_affiliation_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_affiliation_contact_id'))

    op.drop_table('affiliation')
    op.drop_table('setting')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_name_en'))

    op.drop_table('organisation')
    op.drop_table('office')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_family_name'))

    op.drop_table('contact')

