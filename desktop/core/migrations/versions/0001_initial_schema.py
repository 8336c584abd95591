"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 21:12:47.003808
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel
import desktop.core.models.types


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agenda_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('session_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('items_json', sa.Text(), nullable=False),
    sa.Column('created_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template'))
    )
    with op.batch_alter_table('agenda_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_template_name'), ['name'], unique=False)

    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('detail_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entry_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('owner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('contact', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['owner.id'], name=op.f('fk_owner_department_id_owner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_owner'))
    )
    with op.batch_alter_table('owner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_owner_name'), ['name'], unique=False)

    op.create_table('series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_series'))
    )
    with op.batch_alter_table('series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_series_title'), ['title'], unique=False)

    op.create_table('listening_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organisation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('starts_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('ended_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('venue', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('chair', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('facilitator', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('recorder', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('deadline_policy', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('anonymous_count', sa.Integer(), nullable=False),
    sa.Column('read_back_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_listening_session_series_id_series')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_listening_session'))
    )
    with op.batch_alter_table('listening_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_listening_session_series_id'), ['series_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_listening_session_starts_at'), ['starts_at'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('group_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('gender', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('is_official', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('contact', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('contact_consent', sa.Boolean(), nullable=False),
    sa.Column('consent_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('retain_until', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['owner.id'], name=op.f('fk_person_owner_id_owner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_group_name'), ['group_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name'), ['name'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('started_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('ended_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('paused_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('paused_seconds', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['listening_session.id'], name=op.f('fk_agenda_item_session_id_listening_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index('ix_agenda_item_session_position', ['session_id', 'position'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('signed_in_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person')),
    sa.ForeignKeyConstraint(['session_id'], ['listening_session.id'], name=op.f('fk_attendance_session_id_listening_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('session_id', 'person_id', name=op.f('uq_attendance_session_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_session_id'), ['session_id'], unique=False)

    op.create_table('commitment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('deadline_policy', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('due_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('original_due_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=False),
    sa.Column('completed_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('removed_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('removed_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['owner.id'], name=op.f('fk_commitment_owner_id_owner')),
    sa.ForeignKeyConstraint(['session_id'], ['listening_session.id'], name=op.f('fk_commitment_session_id_listening_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment'))
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index('ix_commitment_owner_status_due', ['owner_id', 'status', 'due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_session_id'), ['session_id'], unique=False)
        batch_op.create_index('ix_commitment_status_due', ['status', 'due_at'], unique=False)

    op.create_table('minutes_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('style', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('template_path', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('public', sa.Boolean(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('file_path', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('file_size', sa.Integer(), nullable=False),
    sa.Column('content_json', sa.Text(), nullable=False),
    sa.Column('created_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('approved_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('approved_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['listening_session.id'], name=op.f('fk_minutes_version_session_id_listening_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes_version')),
    sa.UniqueConstraint('session_id', 'public', 'version', name=op.f('uq_minutes_version_session_id'))
    )
    with op.batch_alter_table('minutes_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_minutes_version_session_id'), ['session_id'], unique=False)

    op.create_table('session_owner',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['owner.id'], name=op.f('fk_session_owner_owner_id_owner')),
    sa.ForeignKeyConstraint(['session_id'], ['listening_session.id'], name=op.f('fk_session_owner_session_id_listening_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'owner_id', name=op.f('pk_session_owner'))
    )
    op.create_table('extension',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('old_due_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('new_due_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('approved_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], name=op.f('fk_extension_commitment_id_commitment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extension'))
    )
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_extension_commitment_id'), ['commitment_id'], unique=False)

    op.create_table('opinion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('speaker_label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('received_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('support_count', sa.Integer(), nullable=False),
    sa.Column('import_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('removed_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('removed_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_opinion_agenda_item_id_agenda_item')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_opinion_person_id_person')),
    sa.ForeignKeyConstraint(['session_id'], ['listening_session.id'], name=op.f('fk_opinion_session_id_listening_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opinion')),
    sa.UniqueConstraint('session_id', 'import_key', name='uq_opinion_session_import_key')
    )
    with op.batch_alter_table('opinion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opinion_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_opinion_session_received', ['session_id', 'received_at'], unique=False)

    op.create_table('progress_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('noted_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], name=op.f('fk_progress_note_commitment_id_commitment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_note'))
    )
    with op.batch_alter_table('progress_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_note_commitment_id'), ['commitment_id'], unique=False)

    op.create_table('speaker_turn',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('group_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('is_official', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('time_limit_seconds', sa.Integer(), nullable=False),
    sa.Column('queued_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('started_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('ended_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_speaker_turn_agenda_item_id_agenda_item')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_speaker_turn_person_id_person')),
    sa.ForeignKeyConstraint(['session_id'], ['listening_session.id'], name=op.f('fk_speaker_turn_session_id_listening_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaker_turn'))
    )
    with op.batch_alter_table('speaker_turn', schema=None) as batch_op:
        batch_op.create_index('ix_speaker_turn_session_position', ['session_id', 'position'], unique=False)

    op.create_table('commitment_opinion',
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('opinion_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], name=op.f('fk_commitment_opinion_commitment_id_commitment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['opinion_id'], ['opinion.id'], name=op.f('fk_commitment_opinion_opinion_id_opinion')),
    sa.PrimaryKeyConstraint('commitment_id', 'opinion_id', name=op.f('pk_commitment_opinion'))
    )
    with op.batch_alter_table('commitment_opinion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_opinion_opinion_id'), ['opinion_id'], unique=False)

    op.create_table('disposition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opinion_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('referred_to_id', sa.Integer(), nullable=True),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decided_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['opinion_id'], ['opinion.id'], name=op.f('fk_disposition_opinion_id_opinion'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['referred_to_id'], ['owner.id'], name=op.f('fk_disposition_referred_to_id_owner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disposition')),
    sa.UniqueConstraint('opinion_id', name=op.f('uq_disposition_opinion_id'))
    )
    op.create_table('follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opinion_id', sa.Integer(), nullable=True),
    sa.Column('commitment_id', sa.Integer(), nullable=True),
    sa.Column('called_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('caller', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('valid', sa.Boolean(), nullable=False),
    sa.Column('contacted_in_time', sa.Boolean(), nullable=True),
    sa.Column('resolved', sa.Boolean(), nullable=True),
    sa.Column('satisfaction', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('opinion_id IS NOT NULL OR commitment_id IS NOT NULL', name=op.f('ck_follow_up_follow_up_has_subject')),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], name=op.f('fk_follow_up_commitment_id_commitment')),
    sa.ForeignKeyConstraint(['opinion_id'], ['opinion.id'], name=op.f('fk_follow_up_opinion_id_opinion')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_called_at'), ['called_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_commitment_id'), ['commitment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_opinion_id'), ['opinion_id'], unique=False)

    op.create_table('opinion_tag',
    sa.Column('opinion_id', sa.Integer(), nullable=False),
    sa.Column('tag', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['opinion_id'], ['opinion.id'], name=op.f('fk_opinion_tag_opinion_id_opinion'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('opinion_id', 'tag', name=op.f('pk_opinion_tag'))
    )
    with op.batch_alter_table('opinion_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opinion_tag_tag'), ['tag'], unique=False)

    op.create_table('reply',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opinion_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('given_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('on_the_spot', sa.Boolean(), nullable=False),
    sa.Column('given_at', desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['opinion_id'], ['opinion.id'], name=op.f('fk_reply_opinion_id_opinion'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['owner.id'], name=op.f('fk_reply_owner_id_owner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reply'))
    )
    with op.batch_alter_table('reply', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reply_opinion_id'), ['opinion_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reply', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reply_opinion_id'))

    op.drop_table('reply')
    with op.batch_alter_table('opinion_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opinion_tag_tag'))

    op.drop_table('opinion_tag')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_opinion_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_commitment_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_called_at'))

    op.drop_table('follow_up')
    op.drop_table('disposition')
    with op.batch_alter_table('commitment_opinion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_opinion_opinion_id'))

    op.drop_table('commitment_opinion')
    with op.batch_alter_table('speaker_turn', schema=None) as batch_op:
        batch_op.drop_index('ix_speaker_turn_session_position')

    op.drop_table('speaker_turn')
    with op.batch_alter_table('progress_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_note_commitment_id'))

    op.drop_table('progress_note')
    with op.batch_alter_table('opinion', schema=None) as batch_op:
        batch_op.drop_index('ix_opinion_session_received')
        batch_op.drop_index(batch_op.f('ix_opinion_person_id'))
        batch_op.drop_index(batch_op.f('ix_opinion_agenda_item_id'))

    op.drop_table('opinion')
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_extension_commitment_id'))

    op.drop_table('extension')
    op.drop_table('session_owner')
    with op.batch_alter_table('minutes_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_minutes_version_session_id'))

    op.drop_table('minutes_version')
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index('ix_commitment_status_due')
        batch_op.drop_index(batch_op.f('ix_commitment_session_id'))
        batch_op.drop_index('ix_commitment_owner_status_due')

    op.drop_table('commitment')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_session_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_person_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index('ix_agenda_item_session_position')

    op.drop_table('agenda_item')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_name'))
        batch_op.drop_index(batch_op.f('ix_person_group_name'))

    op.drop_table('person')
    with op.batch_alter_table('listening_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_listening_session_starts_at'))
        batch_op.drop_index(batch_op.f('ix_listening_session_series_id'))

    op.drop_table('listening_session')
    with op.batch_alter_table('series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_series_title'))

    op.drop_table('series')
    with op.batch_alter_table('owner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_owner_name'))

    op.drop_table('owner')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_entity')

    op.drop_table('audit_entry')
    with op.batch_alter_table('agenda_template', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_template_name'))

    op.drop_table('agenda_template')
