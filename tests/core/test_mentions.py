"""Name mentions over a session's directory: precision and recall on a hand-written corpus."""
from desktop.core.public_record import PublicRecord, looks_like_person_name, replace_mentions

from .privacy_corpus import CITIZENS, CORPUS, OFFICIALS


def _occurrences(text: str, name: str) -> list[int]:
    found, start = [], text.find(name)
    while start >= 0:
        found.append(start)
        start = text.find(name, start + 1)
    return found


def _measure():
    record = PublicRecord(citizens={n: f"<{n}>" for n in CITIZENS}, officials=OFFICIALS)
    tp = fp = fn = 0
    for text, mentions in CORPUS:
        truth = {(name, _occurrences(text, name)[k]) for name, k in mentions}
        got = {(s.text, s.start) for s in record.spans(text) if s.kind == "name"}
        tp += len(truth & got)
        fp += len(got - truth)
        fn += len(truth - got)
    return tp / (tp + fp), tp / (tp + fn), (tp, fp, fn)


def test_precision_and_recall_on_the_corpus():
    precision, recall, counts = _measure()
    print(f"mentions: precision {precision:.3f} recall {recall:.3f} (tp, fp, fn) = {counts}")
    assert precision == 1.0, counts
    assert recall >= 0.9, counts


def test_the_issue_examples():
    citizens = {"张伟": "居民甲", "高峰": "居民乙", "孙丽": "居民丙", "3号楼": "居民丁"}
    officials = ("张伟民",)
    assert replace_mentions("主持：张伟民", citizens, officials) == "主持：张伟民"
    assert replace_mentions("早高峰很堵", citizens, officials) == "早高峰很堵"
    assert replace_mentions("孙丽华来了", citizens, officials) == "孙丽华来了"
    assert replace_mentions("3号楼502室、13号楼", citizens, officials) == "3号楼502室、13号楼"
    assert replace_mentions("张伟说早高峰堵", citizens, officials) == "居民甲说早高峰堵"


def test_group_labels_are_not_names():
    for label in ("3号楼", "5号楼居民", "匿名", "居民代表", "青石社区", "来信人"):
        assert not looks_like_person_name(label), label
    for name in ("张伟", "欧阳娜娜", "John Smith", "王女士"):
        assert looks_like_person_name(name), name
