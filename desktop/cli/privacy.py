"""``tingjian privacy-review SESSION [--json]``: the privacy review of a session's public version.

Lists every replacement the public minutes make and every remaining suspicious token, with its
context and the decision recorded; ``--keep N`` / ``--mask N`` / ``--reopen N`` record decisions
on the numbered lines. Exit status 0 when no line is open, 1 when some are.
"""
from __future__ import annotations

import argparse
import json

from .common import _open, cli_language
from desktop.core.msg import is_zh

_KIND_ZH = {"mobile": "手机号", "landline": "固定电话", "resident_id": "身份证号", "bank_card": "银行卡号",
            "email": "电子邮箱", "wechat": "微信号", "qq": "QQ号", "plate": "车牌号", "address": "住址",
            "name": "姓名", "suspicious": "可疑"}
_DECISION_ZH = {"keep": "保留", "mask": "遮盖", None: "待处理"}


def cmd_privacy_review(args: argparse.Namespace) -> int:
    from ..core.services import privacy_review
    from ..minutes.generate import review_session

    lang = cli_language()
    db = _open(args, create=False)
    try:
        items = review_session(db, args.session, naming_style=args.naming,
                               published_numbers=tuple(args.published or ()))
        for action, numbers in (("keep", args.keep), ("mask", args.mask), (None, args.reopen)):
            chosen = [items[n - 1] for n in numbers or () if 1 <= n <= len(items)]
            if len(chosen) != len(numbers or ()):
                print(("tingjian: 行号超出范围（1–{n}）" if is_zh(lang)
                       else "tingjian: line number out of range (1–{n})").format(n=len(items)))
                return 2
            if chosen:
                privacy_review.decide(db, args.session, [(i.key, i.token) for i in chosen], action,
                                      decided_by=args.by or "")
        if args.keep or args.mask or args.reopen:
            items = review_session(db, args.session, naming_style=args.naming,
                                   published_numbers=tuple(args.published or ()))
    finally:
        db.close()
    open_count = sum(item.open for item in items)
    if args.json:
        print(json.dumps({"session": args.session, "open": open_count, "items": [
            {"n": n, "kind": i.kind, "token": i.token, "replacement": i.replacement,
             "context": i.context, "where": i.where, "decision": i.decision, "open": i.open,
             "key": i.key} for n, i in enumerate(items, start=1)]}, ensure_ascii=False, indent=1))
        return 1 if open_count else 0
    zh = is_zh(lang)
    for n, item in enumerate(items, start=1):
        kind = _KIND_ZH.get(item.kind, item.kind) if zh else item.kind
        state = (_DECISION_ZH[item.decision] if zh else item.decision or "open") if not item.replaced \
            or item.decision else ("已替换" if zh else "replaced")
        shown = f"{item.token} → {item.replacement}" if item.replaced else item.token
        print(f"{n:4d}  [{state}] {kind}: {shown}   {item.context}")
    print((f"共 {len(items)} 项，待处理 {open_count} 项。" if zh
           else f"{len(items)} line(s), {open_count} open."))
    return 1 if open_count else 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("privacy-review", parents=[common],
                       help="what the public version replaces and what still looks personal")
    p.add_argument("session", type=int, help="session id (see: tingjian sessions)")
    p.add_argument("--json", action="store_true", help="print the review as JSON")
    p.add_argument("--naming", choices=("honorific", "letter"), default="honorific")
    p.add_argument("--published", action="append", metavar="NUMBER",
                   help="a number the organisation publishes (kept); may be repeated")
    p.add_argument("--keep", type=int, nargs="+", metavar="N", help="keep lines N as written")
    p.add_argument("--mask", type=int, nargs="+", metavar="N", help="mask lines N")
    p.add_argument("--reopen", type=int, nargs="+", metavar="N", help="forget the decision on lines N")
    p.add_argument("--by", help="who decides (kept with the decision)")
    p.set_defaults(handler=cmd_privacy_review)
