"""Which deadline policies exist: the built-in ones of GUIDE §2 plus custom ones kept as JSON."""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict

from ..deadlines import BUILTIN_POLICIES, DeadlineError, DeadlinePolicy, custom_policy
from ..errors import ValidationError
from ..msg import is_zh

Policies = Mapping[str, DeadlinePolicy]


def all_policies(custom: Policies | None = None) -> dict[str, DeadlinePolicy]:
    return {**BUILTIN_POLICIES, **(custom or {})}


def resolve(key: str, custom: Policies | None = None) -> DeadlinePolicy | None:
    """The policy for ``key``; None for "" or a key nobody knows (e.g. a deleted custom one)."""
    if not key:
        return None
    return all_policies(custom).get(key)


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
