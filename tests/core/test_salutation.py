"""How a person is addressed (称呼): recorded at registration, on import and in the room, and
used by the honorific naming of public documents."""
import json
from datetime import UTC, datetime

import pytest

from desktop.cli import main
from desktop.core.errors import ValidationError
from desktop.core.importing.attendees import import_attendees, preview_attendees
from desktop.core.importing.opinions import import_opinions, preview_opinions
from desktop.core.live.capture import capture_opinion
from desktop.core.services import attendance, people, sessions
from desktop.minutes.generate import minutes_content as collect_minutes
from desktop.minutes.anonymise import anonymise

from . import hostile_session as hostile

NOW = datetime(2026, 11, 20, 2, tzinfo=UTC)


def _session(db):
    return sessions.create_session(db, "恳谈会", NOW, chair="张伟民", language="zh").id


def test_registration_keeps_the_salutation_and_refuses_an_unknown_one(sqlite_database):
    sid = _session(sqlite_database)
    _a, person = attendance.register_attendee(sqlite_database, sid, "李华", "5号楼", salutation="老师")
    assert person.salutation == "老师"
    assert people.update_person(sqlite_database, person.id, salutation="Ms").salutation == "女士"
    with pytest.raises(ValidationError) as error:
        attendance.register_attendee(sqlite_database, sid, "王五", salutation="大王")
    assert "称呼" in error.value.zh and "Salutation" in error.value.en


def test_import_columns_record_the_salutation(sqlite_database, tmp_path):
    sid = _session(sqlite_database)
    opinions_csv = tmp_path / "op.csv"
    opinions_csv.write_text("姓名,称呼,内容\n王芳,女士,路灯不亮\n李雷,校长,路面坑洼\n", encoding="utf-8")
    preview = preview_opinions(sqlite_database, sid, opinions_csv, now=NOW)
    warnings = [p for r in preview.rows for p in r.problems]
    assert any("称呼" in p.zh for p in warnings)  # 校长 is not a salutation: a warning, row kept
    import_opinions(sqlite_database, preview, now=NOW)
    attendees_csv = tmp_path / "at.csv"
    attendees_csv.write_text("name,salutation\n赵敏,Mr\n", encoding="utf-8")
    import_attendees(sqlite_database, preview_attendees(sqlite_database, sid, attendees_csv), now=NOW)
    by_name = {p.name: p.salutation for p in people.list_people(sqlite_database)}
    assert by_name["王芳"] == "女士" and by_name["李雷"] == "" and by_name["赵敏"] == "先生"
    public = anonymise(collect_minutes(sqlite_database, sid, public=True))
    speakers = {o.speaker for o in public.appendix}
    assert "王女士" in speakers and "李雷" not in speakers


def test_capture_records_the_salutation_heard_in_the_room(sqlite_database):
    sid = _session(sqlite_database)
    person = people.create_person(sqlite_database, "孙丽", "7号楼")
    capture_opinion(sqlite_database, sid, "孙丽说路灯坏了", NOW, person_id=person.id, salutation="女士")
    capture_opinion(sqlite_database, sid, "张伟先生说要修路", NOW, speaker_label="张伟先生")
    assert people.get_person(sqlite_database, person.id).salutation == "女士"
    public = anonymise(collect_minutes(sqlite_database, sid, public=True))
    texts = [o.text for o in public.appendix]
    assert texts == ["孙女士说路灯坏了", "张先生说要修路"]
    assert [o.speaker for o in public.appendix] == ["孙女士", "张先生"]


def test_cli_privacy_review_lists_and_decides(tmp_path, capsys):
    from desktop.core.db import open_database, resolve_location

    path = tmp_path / "t.db"
    db = open_database(resolve_location(path, path))
    sid = hostile.build(db)
    db.close()
    assert main(["--db", str(path), "privacy-review", str(sid), "--json"]) == 1
    review = json.loads(capsys.readouterr().out)
    assert review["open"] > 0
    assert {"mobile", "resident_id", "name", "suspicious"} <= {i["kind"] for i in review["items"]}
    open_lines = [str(i["n"]) for i in review["items"] if i["open"]]
    assert main(["--db", str(path), "privacy-review", str(sid), "--keep", *open_lines, "--by", "周晓"]) == 0
    out = capsys.readouterr().out
    assert "0 open" in out
    assert main(["--db", str(path), "privacy-review", str(sid), "--mask", "9999"]) == 2
