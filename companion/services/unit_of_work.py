"""One unit of work: a change written in one transaction that, on leaving, re-plans once each
application it touched, so no write path has to remember to re-plan.

    with changes() as touched:
        ...                             # write rows
        touched.application(application)  # or touched.everything() when settings change

Re-planning runs inside the transaction, from the rows as stored, once per application however
often it was touched. A change that fails rolls back and re-plans nothing. Units nest: what an
inner unit touched joins the outer one (unless the inner one failed) and is re-planned when the
outermost unit ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from companion.store.models import Application, database, utcnow
from companion.services import planning
from companion.services.user_settings import load_settings


class Touched:
    """What a change touched: some applications, or every one (a setting or a shared reference)."""

    def __init__(self) -> None:
        # Each touched application's id, in the order first touched, with the instances the
        # caller holds: they get the re-planned gone-quiet moment, as the caller shows them next.
        self._held: dict[int, list[Application]] = {}
        self._everything = False

    def application(self, application: Application) -> None:
        self._held.setdefault(application.id, []).append(application)

    def application_ids(self, ids: Iterable[int]) -> None:
        for application_id in ids:
            self._held.setdefault(application_id, [])

    def everything(self) -> None:
        self._everything = True

    def _join(self, inner: Touched) -> None:
        for application_id, held in inner._held.items():
            self._held.setdefault(application_id, []).extend(held)
        self._everything = self._everything or inner._everything

    def _replan(self) -> None:
        query = Application.select()
        if not self._everything:
            if not self._held:
                return
            query = query.where(Application.id.in_(list(self._held)))
        stored = {application.id: application for application in query}
        order = list(stored) if self._everything else [i for i in self._held if i in stored]
        now, settings = utcnow(), load_settings()  # one moment and one reading of the settings for all
        # Many applications (a setting, an accepted offer): their facts and rows gathered in one go.
        many = len(order) > 1
        rows = planning.follow_up_rows(order) if many else {}
        states = planning.application_states([stored[i] for i in order], settings.own_emails, rows) if many else {}
        moved = [] if many else None  # the rows many re-plans move, written together at the end
        for application_id in order:
            application = stored[application_id]
            planning.replan(application, now, settings, states.get(application_id),
                            rows.get(application_id, []) if many else None, moved)
            for held in self._held.get(application_id, []):
                held.gone_quiet_at = application.gone_quiet_at
        if moved:
            planning.write_moved(moved)


_open: ContextVar[Touched | None] = ContextVar("open_unit_of_work", default=None)


@contextmanager
def changes() -> Iterator[Touched]:
    """Run a change in one transaction and re-plan what it touched (see the module's text)."""
    outer = _open.get()
    touched = Touched()
    token = _open.set(touched)
    try:
        with database.atomic():  # a savepoint when nested: a failing inner change undoes only itself
            yield touched
            if outer is None:
                touched._replan()
    finally:
        _open.reset(token)
    if outer is not None:
        outer._join(touched)
