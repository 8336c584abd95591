"""The rules every seat shares, kept in the database: deadline policies (the built-in ones of
GUIDE §2 and custom ones) and the settings of the three rates (GUIDE §3).

Every laptop on one database reads the same rows, so they compute the same due dates and rates;
an archive or a backup carries them with the data that used them."""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, fields

from sqlmodel import Session, col, select

from ..db import Database, changed
from ..deadlines import BUILTIN_POLICIES, DeadlineError, DeadlinePolicy, custom_policy
from ..errors import ValidationError
from desktop.core.msg import is_zh
from ..metrics import RateSettings, RateSettingsError
from ..models import Commitment, DeadlinePolicyRow, ListeningSession, RuleSetting, utcnow
from ..changes import Entity

Policies = Mapping[str, DeadlinePolicy]
RATE_KEYS = {f.name: f"rates.{f.name}" for f in fields(RateSettings)}


def all_policies(custom: Policies | None = None) -> dict[str, DeadlinePolicy]:
    return {**BUILTIN_POLICIES, **(custom or {})}


def resolve(key: str, custom: Policies | None = None) -> DeadlinePolicy | None:
    """The policy for ``key``; None for "" or a key nobody knows (e.g. a deleted custom one).

    ``custom``: the policies of the database (``load(db)``); without it only the built-in ones."""
    if not key:
        return None
    return all_policies(custom).get(key)


# --- the database ---------------------------------------------------------------------------------


def _policy(row: DeadlinePolicyRow) -> DeadlinePolicy:
    return DeadlinePolicy(key=row.key, name_zh=row.name_zh, name_en=row.name_en,
                          amount=row.amount, unit=row.unit, max_extension=row.max_extension,
                          max_extensions=row.max_extensions)


def load_in(session: Session) -> dict[str, DeadlinePolicy]:
    """Every policy of the database, built-in ones first, inside a caller's transaction."""
    result = dict(BUILTIN_POLICIES)
    for row in session.exec(select(DeadlinePolicyRow).order_by(
            col(DeadlinePolicyRow.builtin).desc(), DeadlinePolicyRow.key)):
        try:
            result[row.key] = _policy(row)
        except DeadlineError:  # a row edited outside Tingjian that no longer validates
            continue
    return result


def load(db: Database) -> dict[str, DeadlinePolicy]:
    with db.read() as s:
        return load_in(s)


def custom_policies(db: Database) -> dict[str, DeadlinePolicy]:
    return {k: p for k, p in load(db).items() if k not in BUILTIN_POLICIES}


def save_custom_in(session: Session, policy: DeadlinePolicy) -> None:
    if policy.key in BUILTIN_POLICIES:
        raise ValidationError(en=f"The key {policy.key!r} belongs to a built-in policy.",
                              zh=f"标识“{policy.key}”已被内置时限使用。")
    row = session.get(DeadlinePolicyRow, policy.key) or DeadlinePolicyRow(key=policy.key)
    for name, value in asdict(policy).items():
        setattr(row, name, value)
    row.builtin, row.updated_at = False, utcnow()
    session.add(row)
    changed(session, Entity.DEADLINE_POLICY)


def save_custom(db: Database, policy: DeadlinePolicy) -> None:
    """Add a custom policy, or replace the one with its key, for every seat of the database."""
    with db.write() as s:
        save_custom_in(s, policy)


def delete_custom(db: Database, key: str) -> None:
    """Remove a custom policy no session or commitment uses."""
    with db.write() as s:
        row = s.get(DeadlinePolicyRow, key)
        if row is None or row.builtin:
            raise ValidationError(en=f"There is no custom policy {key!r}.",
                                  zh=f"没有自定义时限“{key}”。")
        used = s.exec(select(Commitment.id).where(Commitment.deadline_policy == key)).first() or \
            s.exec(select(ListeningSession.id).where(
                ListeningSession.deadline_policy == key)).first()
        if used is not None:
            raise ValidationError(en=f"The policy {key!r} is in use and cannot be removed.",
                                  zh=f"时限“{key}”正在使用，不能删除。")
        s.delete(row)
        changed(s, Entity.DEADLINE_POLICY)


def rate_settings_in(session: Session) -> RateSettings:
    """The weights and the "basically satisfied" factor of the database (defaults: GUIDE §3)."""
    rows = {r.key: r.value for r in session.exec(
        select(RuleSetting).where(col(RuleSetting.key).in_(RATE_KEYS.values())))}
    values = {}
    for name, key in RATE_KEYS.items():
        if key in rows:
            try:
                values[name] = float(rows[key])
            except ValueError:
                continue
    try:
        return RateSettings(**values)
    except RateSettingsError:  # stored values that do not fit together: the defaults
        return RateSettings()


def rate_settings(db: Database) -> RateSettings:
    with db.read() as s:
        return rate_settings_in(s)


def has_rate_settings_in(session: Session) -> bool:
    return session.exec(select(RuleSetting.key).where(
        col(RuleSetting.key).in_(RATE_KEYS.values()))).first() is not None


def set_rate_settings_in(session: Session, settings: RateSettings) -> None:
    RateSettings(**asdict(settings))  # validates again when built by hand
    now = utcnow()
    for name, key in RATE_KEYS.items():
        row = session.get(RuleSetting, key) or RuleSetting(key=key, value="")
        row.value, row.updated_at = repr(float(getattr(settings, name))), now
        session.add(row)
    changed(session, Entity.RULE_SETTING)


def set_rate_settings(db: Database, settings: RateSettings) -> None:
    """Store the weights and the factor for every seat of the database."""
    with db.write() as s:
        set_rate_settings_in(s, settings)


# --- the former settings-file format (read once by the settings upgrade) --------------------------


def adopt_legacy(db: Database, custom: dict[str, DeadlinePolicy],
                 rates: RateSettings | None) -> list[str]:
    """Policies and rate settings a seat kept in its own settings file, moved into the database
    in one transaction: a policy whose key the database already has keeps the database's
    version; rate settings move only into a database that has none yet (the first seat to
    upgrade sets them for all). Returns a note for each value that was not taken."""
    notes: list[str] = []
    with db.write() as s:
        existing = load_in(s)
        for key, policy in custom.items():
            if key in existing:
                if existing[key] != policy:
                    notes.append(f"policy {key}: the database's version kept")
                continue
            save_custom_in(s, policy)
        if rates is not None:
            if has_rate_settings_in(s):
                if rate_settings_in(s) != rates:
                    notes.append("rate settings: the database's values kept")
            else:
                set_rate_settings_in(s, rates)
    return notes


def parse_custom(text: str) -> dict[str, DeadlinePolicy]:
    """Custom policies from their JSON list; entries that no longer validate are skipped."""
    try:
        items = json.loads(text or "[]")
    except json.JSONDecodeError:
        return {}
    result: dict[str, DeadlinePolicy] = {}
    for item in items if isinstance(items, list) else []:
        try:
            policy = custom_policy(**item)
        except (TypeError, DeadlineError):
            continue
        result[policy.key] = policy
    return result


def dump_custom(policies: Policies) -> str:
    return json.dumps([asdict(p) for p in policies.values()], ensure_ascii=False)


def add_custom(text: str, policy: DeadlinePolicy) -> str:
    """The JSON list with ``policy`` added (or replaced when its key exists)."""
    if policy.key in BUILTIN_POLICIES:
        raise ValidationError(en=f"The key {policy.key!r} belongs to a built-in policy.",
                              zh=f"标识“{policy.key}”已被内置时限使用。")
    current = parse_custom(text)
    current[policy.key] = policy
    return dump_custom(current)


def describe(policy: DeadlinePolicy, lang: str) -> str:
    """One line: name, unit and the extension rule, for pickers and tooltips."""
    zh = is_zh(lang)
    unit = {"calendar_days": ("calendar days", "日（自然日）"),
            "working_days": ("working days", "个工作日"),
            "hours": ("hours", "小时")}[policy.unit]
    if policy.max_extensions == 0:
        ext = "不可延期" if zh else "no extension"
    elif policy.max_extension:
        ext = (f"可延期 {policy.max_extensions} 次，最多 {policy.max_extension}{unit[1]}" if zh else
               f"{policy.max_extensions} extension(s) of at most {policy.max_extension} {unit[0]}")
    else:
        ext = f"可延期 {policy.max_extensions} 次" if zh else f"{policy.max_extensions} extension(s)"
    amount = f"{policy.amount}{unit[1]}" if zh else f"{policy.amount} {unit[0]}"
    return f"{policy.name(lang)} — {amount}; {ext}" if not zh else f"{policy.name(lang)} — {amount}；{ext}"
