"""The one command base: runs when made, refusals reported by the stack that holds it."""
from __future__ import annotations

from desktop.core.errors import ValidationError
from desktop.ui.ops import Command, CommandStack, ServiceCommand


class Counter(Command):
    """Adds to a list; refuses to go on once ``refuse`` is set."""

    def __init__(self, log: list[str], refuse: dict[str, bool]) -> None:
        super().__init__("count")
        self.log, self.refuse = log, refuse
        self._act("did")

    def _act(self, what: str) -> None:
        if self.refuse.get(what):
            raise ValidationError(en=f"cannot {what}", zh=f"不能{what}")
        self.log.append(what)

    def do_again(self) -> None:
        self._act("did")

    def do_undo(self) -> None:
        self._act("undid")


def test_a_refusal_when_made_is_reported_and_not_pushed(qapp) -> None:
    reports: list[str] = []
    stack = CommandStack(lambda exc: reports.append(exc.en))
    log: list[str] = []
    assert stack.run(lambda: Counter(log, {"did": True})) is None
    assert (stack.count(), log, reports) == (0, [], ["cannot did"])
    command = stack.run(lambda: Counter(log, {}))
    assert command is not None and stack.count() == 1
    assert log == ["did"]  # ran once when made; the push did not run it again
    stack.undo()
    stack.redo()
    assert log == ["did", "undid", "did"] and reports == ["cannot did"]


def test_each_stack_reports_to_its_own_reporter(qapp) -> None:
    first: list[str] = []
    second: list[str] = []
    one, two = CommandStack(lambda e: first.append(e.en)), CommandStack(lambda e: second.append(e.en))
    refuse: dict[str, bool] = {}
    one.run(lambda: Counter([], refuse))
    two.run(lambda: Counter([], refuse))
    refuse["undid"] = True
    two.undo()
    assert (first, second) == ([], ["cannot undid"])
    assert two.count() == 0  # the refused command was dropped, not left to fail again
    one.undo()
    assert first == ["cannot undid"] and second == ["cannot undid"]


def test_service_command_keeps_the_result_of_each_run(qapp) -> None:
    calls = iter(range(1, 10))
    undone: list[int] = []
    stack = CommandStack(lambda exc: None)
    command = stack.run(lambda: ServiceCommand("x", lambda: next(calls), lambda: undone.append(1)))
    assert isinstance(command, ServiceCommand) and command.result == 1
    stack.undo()
    stack.redo()
    assert (command.result, undone) == (2, [1])


def test_the_live_page_and_the_agenda_editor_use_it(application, feedback, qtbot) -> None:
    from desktop.core.demo import create_demo
    from desktop.ui.live.page import LivePage
    from desktop.ui.prepare.agenda_editor import AgendaEditor

    ctx = application.ctx
    session = create_demo(ctx.db, "en")
    page = LivePage(ctx)
    editor = AgendaEditor(ctx, feedback, session.id)
    qtbot.addWidget(page)
    qtbot.addWidget(editor)
    assert isinstance(page.undo_stack, CommandStack) and isinstance(editor.undo_stack, CommandStack)
    assert page.undo_stack.report != editor.undo_stack.report
