"""大喇叭, the secretary's: when the village loudspeaker plays (times on every day or chosen
weekdays), what (this month's study, a course continuing where it stopped, or chosen lessons),
the chime, the spoken opening, the volume, whether a slot missed while the machine was off is
played late, and whether a member's own reading may be paused for it. Every choice is saved at
once; 现在试播 plays it now, 播放记录 lists every broadcast."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ..broadcast.schedule import Schedule, Slot
from ..broadcast.words import slot_text
from ..context import AppContext
from ..storage.broadcasts import BroadcastStore
from .choices import PagedSections, PagedWidgets, Section
from .pager import PagedList
from .screen import Screen
from .slot_editor import SlotEditor
from .talk import mark_message
from .theme import Metrics
from .widgets import WrappingButton, big_button, label, show_wrapped_choice

VOLUMES = (0.4, 0.7, 1.0)


class LoudspeakerScreen(Screen):
    NAME = "broadcasts"
    openLog = Signal()  # 播放记录

    def __init__(self, context: AppContext, parent: QWidget | None = None, speaker=None):
        """speaker: the main window's Loudspeaker (saves the schedule, plays a trial); None: the
        schedule is saved straight into the records and there is no trial."""
        super().__init__(context, parent)
        self.speaker = speaker
        self.store = BroadcastStore(context.db)
        self.schedule = Schedule()
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the secretary's page"))
        self.back_button.clicked.connect(self.escape)
        self.title = label(self.tr("Loudspeaker"), "title")
        self.trial_button = big_button(self.tr("Play now"), self.tr("Play it now, to check the loudspeaker"))
        self.trial_button.clicked.connect(self._trial)
        self.log_button = big_button(self.tr("What was played"), self.tr("The list of every broadcast"))
        self.log_button.clicked.connect(self.openLog)
        self.message = label("")
        mark_message(self.message)

        self.buttons: dict[tuple[str, object], WrappingButton] = {}
        sections = [
            self._section(
                self.tr("Loudspeaker"), "enabled", [(True, self.tr("On: plays at its times")), (False, self.tr("Off"))]
            ),
            Section(self.tr("Times"), []),
            self._section(
                self.tr("What it plays"),
                "what",
                [
                    ("plan", self.tr("This month's study")),
                    ("course", self.tr("A course, lesson by lesson")),
                    ("list", self.tr("Chosen lessons")),
                ],
            ),
            self._section(self.tr("Chime first"), "chime", [(True, self.tr("Yes")), (False, self.tr("No"))]),
            self._section(
                self.tr("Say first “现在播放党员学习”"), "opening", [(True, self.tr("Yes")), (False, self.tr("No"))]
            ),
            self._section(
                self.tr("Volume"),
                "volume",
                [(VOLUMES[0], self.tr("Low")), (VOLUMES[1], self.tr("Middle")), (VOLUMES[2], self.tr("Loud"))],
            ),
            self._section(
                self.tr("Missed while the machine was off"),
                "play_missed",
                [(False, self.tr("Not played late")), (True, self.tr("Today's last one played when it starts"))],
            ),
            self._section(
                self.tr("When a member is reading aloud"),
                "during_reading",
                [
                    (False, self.tr("Wait until they finish (at most 30 minutes)")),
                    (True, self.tr("Pause their reading, then go on")),
                ],
            ),
        ]
        self.times = sections[1]
        self.add_button = WrappingButton(self.tr("+ Add a time"))
        self.add_button.clicked.connect(lambda: self._edit_slot(None))
        self.slot_buttons: list[WrappingButton] = []
        self.choices = PagedSections(sections)

        self.editor = SlotEditor()
        self.editor.saved.connect(self._slot_saved)
        self.editor.deleted.connect(self._slot_deleted)
        self.editor.cancelled.connect(self._back_to_choices)

        chooser = QWidget()
        self.list_area, self.list_layout, self.pager, self.list_middle = PagedList().parts()
        chooser_layout = QVBoxLayout(chooser)
        chooser_layout.setContentsMargins(0, 0, 0, 0)
        self.chooser_title = label("", "section")
        chooser_layout.addWidget(self.chooser_title)
        chooser_layout.addLayout(self.list_middle, 1)
        self.done_button = big_button(self.tr("✔ Done"), self.tr("Done: keep these lessons"))
        self.done_button.clicked.connect(self._lessons_done)
        self.rows: list[WrappingButton] = []
        self.paged = PagedWidgets([], self.list_area, self.pager)
        self.chosen_ids: list[str] = []
        self.choosing_several = False

        self.views = QStackedWidget()
        self.views.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # what room is left
        choices_view = QWidget()
        choices_view.setLayout(self.choices.middle)
        for view in (choices_view, self.editor, chooser):
            self.views.addWidget(view)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.trial_button)
        top.addWidget(self.log_button)
        top.addWidget(self.done_button)  # choosing lessons: in the place of the two above
        self.top = top
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.views, 1)
        self.views.currentChanged.connect(self._top_buttons)
        self._top_buttons()
        if speaker is not None:
            speaker.changed.connect(self._show_problem)
        self.refresh()

    def _section(self, title: str, key: str, values: list[tuple[object, str]]) -> Section:
        row = []
        for value, text in values:
            button = WrappingButton(text)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=key, v=value: self._choose(k, v))
            self.buttons[(key, value)] = button
            row.append(button)
        return Section(title, row)

    # -- the screen contract ---------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Loudspeaker")

    def prompt(self) -> str:
        return self.tr("Loudspeaker: when it plays and what")

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def escape(self) -> None:
        if self.views.currentIndex() != 0:
            self._back_to_choices()
        else:
            self.goBack.emit()

    def leave(self) -> None:
        self.views.setCurrentIndex(0)

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top, self.choices.middle, self.choices.layout)
        self.space_out(metrics, self.list_middle, self.list_layout)
        self.choices.pager.apply_metrics(metrics)
        self.pager.apply_metrics(metrics)
        self.editor.apply_metrics(metrics)
        self._fit()

    def _fit(self) -> None:
        spacing = self.metrics.spacing_px
        self.choices.fit(spacing)
        self.paged.paginate(spacing)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def refresh(self) -> None:
        self.schedule, problem = self.store.schedule()
        self._show_schedule()
        self._say(problem)

    # -- what is shown --------------------------------------------------------------------------
    def _show_schedule(self) -> None:
        schedule = self.schedule
        chosen = self.tr(", chosen")
        for (key, value), button in self.buttons.items():
            show_wrapped_choice(button, getattr(schedule, key) == value, chosen)
        library = self.context.library
        course = library.courses.get(schedule.course_id)
        course_text = self.tr("A course, lesson by lesson")
        if course is not None:
            course_text = self.tr("A course, lesson by lesson: %1").replace("%1", course.title)
        self._set_text(self.buttons[("what", "course")], course_text, schedule.what == "course")
        count = sum(1 for i in schedule.lesson_ids if i in library.lessons)
        list_text = self.tr("Chosen lessons (%1)").replace("%1", str(count))
        self._set_text(self.buttons[("what", "list")], list_text, schedule.what == "list")
        for button in self.slot_buttons:
            button.setParent(None)  # gone now, not only at the next turn of the event loop
            button.deleteLater()
        self.slot_buttons = []
        for slot in schedule.slots:
            name = self.tr("%1, touch to change or delete").replace("%1", slot_text(slot))
            button = WrappingButton(slot_text(slot), name)
            button.clicked.connect(lambda _=False, s=slot: self._edit_slot(s))
            self.slot_buttons.append(button)
        self._set_times([*self.slot_buttons, self.add_button])
        if self.views.currentIndex() == 0:
            self._fit()

    def _top_buttons(self) -> None:
        """试播 and 播放记录 on the schedule itself; ✔ 选好了 while lessons are being chosen."""
        on_schedule = self.views.currentIndex() == 0
        self.trial_button.setVisible(on_schedule and self.speaker is not None)
        self.log_button.setVisible(on_schedule)
        self.done_button.setVisible(self.views.currentIndex() == 2 and self.choosing_several)

    def _set_text(self, button: WrappingButton, text: str, chosen: bool) -> None:
        button.setProperty("plain_text", text)
        show_wrapped_choice(button, chosen, self.tr(", chosen"))

    def _set_times(self, widgets: list[QWidget]) -> None:
        row = self.times.row
        for widget in row.widgets:
            row.grid.removeWidget(widget)
        row.widgets = widgets
        row.columns = 0  # laid out again at the next fit
        for widget in widgets:
            widget.setParent(row)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            widget.show()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def _show_problem(self) -> None:
        if self.speaker is not None and self.speaker.problem:
            self._say(self.speaker.problem)

    # -- changing it -------------------------------------------------------------------------------
    def _save(self, schedule: Schedule, said: str = "") -> None:
        if self.speaker is not None:
            self.speaker.save_schedule(schedule)
        else:
            self.store.save_schedule(schedule)
        self.schedule = self.store.schedule()[0]
        self._show_schedule()
        if not said:
            said = self.tr("Saved.")
            if not self.schedule.enabled:
                said = self.tr("Saved. The loudspeaker is off: touch “On” for it to play at its times.")
            elif not self.schedule.slots:
                said = self.tr("Saved. Add a time for it to play.")
        self._say(said)

    def _choose(self, key: str, value: object) -> None:
        if key == "what" and value == "course":
            self._choose_course()
            return
        if key == "what" and value == "list":
            self._choose_lessons()
            return
        self._save(replace(self.schedule, **{key: value}))

    def _edit_slot(self, slot: Slot | None) -> None:
        self.editor.edit(slot)
        self.views.setCurrentWidget(self.editor)
        self.editor.fit()
        self.editor.focus_first()

    def _slot_saved(self, slot: Slot, original: Slot | None) -> None:
        slots = [s for s in self.schedule.slots if s != original and s != slot] + [slot]
        slots.sort(key=lambda s: (s.at, sorted(s.weekdays)))
        self._back_to_choices()
        self._save(replace(self.schedule, slots=tuple(slots)))

    def _slot_deleted(self, slot: Slot) -> None:
        self._back_to_choices()
        self._save(replace(self.schedule, slots=tuple(s for s in self.schedule.slots if s != slot)))

    def _back_to_choices(self) -> None:
        self.views.setCurrentIndex(0)
        self._fit()
        self.back_button.setFocus()

    def _trial(self) -> None:
        if self.speaker is not None and not self.speaker.play_now():
            self._say(self.tr("Something is being broadcast already."))

    # -- choosing a course or lessons ----------------------------------------------------------------
    def _rows(self, title: str, choices: list[tuple[str, str]], chosen: set[str], several: bool) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.chooser_title.setText(title)
        self.chooser_title.setAccessibleName(title)
        for item_id, text in choices:
            row = WrappingButton(text, role="row")
            row.setCheckable(True)
            row.setProperty("plain_text", text)
            show_wrapped_choice(row, item_id in chosen, self.tr(", chosen"))
            handler = self._toggle_lesson if several else self._course_chosen
            row.clicked.connect(lambda _=False, i=item_id, r=row, h=handler: h(i, r))
            self.rows.append(row)
            self.list_layout.addWidget(row)
        self.choosing_several = several
        self.paged.widgets = self.rows
        self.views.setCurrentIndex(2)
        self._top_buttons()
        self.pager.go_to(0)
        self._fit()
        QTimer.singleShot(0, self._fit)  # again once the rows have their width (and their lines)
        if self.rows:
            self.rows[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose_course(self) -> None:
        courses = [(course.id, course.title) for course in self.context.library.ordered_courses()]
        self._rows(
            self.tr("Which course? It plays one lesson each time, in order."), courses, {self.schedule.course_id}, False
        )

    def _course_chosen(self, course_id: str, _row) -> None:
        self._back_to_choices()
        position_kept = course_id == self.schedule.course_id
        if not position_kept:
            self.store.set_course_position(0)  # a new course starts at its first lesson
        self._save(replace(self.schedule, what="course", course_id=course_id))

    def _choose_lessons(self) -> None:
        library = self.context.library
        self.chosen_ids = [i for i in self.schedule.lesson_ids if i in library.lessons]
        lessons = [(lesson.id, lesson.title) for lesson in library.ordered_lessons()]
        self._rows(self.tr("Which lessons? They play one after another."), lessons, set(self.chosen_ids), True)

    def _toggle_lesson(self, lesson_id: str, row: WrappingButton) -> None:
        if lesson_id in self.chosen_ids:
            self.chosen_ids.remove(lesson_id)
        else:
            self.chosen_ids.append(lesson_id)
        show_wrapped_choice(row, lesson_id in self.chosen_ids, self.tr(", chosen"))

    def _lessons_done(self) -> None:
        order = {lesson.id: n for n, lesson in enumerate(self.context.library.ordered_lessons())}
        ids = tuple(sorted(self.chosen_ids, key=lambda i: order.get(i, 0)))
        self._back_to_choices()
        if not ids:
            self._show_schedule()
            self._say(self.tr("No lesson chosen: nothing was changed."))
            return
        self._save(replace(self.schedule, what="list", lesson_ids=ids))
