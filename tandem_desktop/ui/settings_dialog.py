"""Settings ▸ Preferences: language, theme, reminders, the calendar file kept up to date,
this computer's name and how the current tandem is shared."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.daily_reminders import ReminderKind
from tandem_desktop.services.devices import rename_this_device, this_device
from tandem_desktop.ui.actions import run_action
from tandem_desktop.ui.communication.calendar_file import (
    CALENDAR_FILE_NAME,
    CALENDAR_FOLDER_KEY,
    CalendarFileKeeper,
)
from tandem_desktop.ui.communication.reminders import daily_key, daily_kinds
from tandem_desktop.ui.context import (
    DEFAULT_REMINDER_MINUTES,
    LANGUAGE_KEY,
    REMINDER_KEY,
    THEME_KEY,
    AppContext,
)
from tandem_desktop.ui.sync.sharing_settings import SharingSection
from tandem_desktop.ui.theme import apply_theme
from tandem_desktop.ui.translators import system_language
from tandem_desktop.ui.tray import KEEP_RUNNING_KEY, keeps_running_in_tray
from tandem_desktop.ui.widgets import (
    FieldError,
    FittingScrollArea,
    fit_on_screen,
    inform,
    ok_cancel,
    plain_label,
)


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(440)
        settings = context.settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(str(settings.value(LANGUAGE_KEY, "")))))
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        for value, label in (("system", self.tr("Like the system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark"))):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(
            max(0, self.theme.findData(str(settings.value(THEME_KEY, "system")))))
        self.reminder = QSpinBox(self)
        self.reminder.setAccessibleName(self.tr("Reminder before a check-in"))
        self.reminder.setRange(0, 240)
        self.reminder.setSuffix(self.tr(" min"))
        self.reminder.setSpecialValueText(self.tr("No reminder"))
        self.reminder.setValue(int(str(settings.value(REMINDER_KEY, DEFAULT_REMINDER_MINUTES))))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Reminder before a check-in:"), self.reminder)
        self.keep_in_tray = QCheckBox(
            self.tr("Keep running in the system tray when the window is closed"), self)
        self.keep_in_tray.setChecked(keeps_running_in_tray(settings.value(KEEP_RUNNING_KEY)))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.keep_in_tray.setEnabled(False)
            self.keep_in_tray.setToolTip(self.tr("This desktop has no system tray."))
        form.addRow("", self.keep_in_tray)
        daily = QGroupBox(self.tr("Once a day, remind me of"), self)
        daily_layout = QVBoxLayout(daily)
        switched_on = daily_kinds(settings)
        self.daily: dict[ReminderKind, QCheckBox] = {}
        for kind, text in (
                (ReminderKind.FEEDBACK, self.tr("Feedback due by our agreed rhythm")),
                (ReminderKind.REVIEWS, self.tr(
                    "Reviews due: decision rules, access, agreements, areas, the vision")),
                (ReminderKind.QUESTIONS, self.tr(
                    "Questions open longer than their urgency allows"))):
            box = QCheckBox(text, daily)
            box.setChecked(kind in switched_on)
            daily_layout.addWidget(box)
            self.daily[kind] = box
        calendar = QGroupBox(self.tr("Calendar file"), self)
        calendar_layout = QVBoxLayout(calendar)
        calendar_layout.addWidget(plain_label(self.tr(
            "Keep {name} in this folder up to date after every change, for a calendar "
            "that subscribes to a file. Leave empty to keep none.").format(
            name=CALENDAR_FILE_NAME), calendar))
        folder_row = QHBoxLayout()
        self.calendar_folder = QLineEdit(calendar)
        self.calendar_folder.setAccessibleName(self.tr("Folder of the calendar file"))
        self.calendar_folder.setClearButtonEnabled(True)
        self.calendar_folder.setText(str(settings.value(CALENDAR_FOLDER_KEY, "") or ""))
        self.choose_folder_button = QPushButton(self.tr("Choose…"), calendar)
        folder_row.addWidget(self.calendar_folder, 1)
        folder_row.addWidget(self.choose_folder_button)
        calendar_layout.addLayout(folder_row)
        self.calendar_error = FieldError(calendar)
        calendar_layout.addWidget(self.calendar_error)
        self.choose_folder_button.clicked.connect(self.choose_folder)
        # Everything but OK and Cancel scrolls, should a small screen have too little room.
        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addWidget(daily)
        body_layout.addWidget(calendar)
        # This computer's name, and how the current tandem is shared.
        self.sharing = SharingSection(context, self.body)
        self.device_name = self.sharing.device_name
        body_layout.addWidget(self.sharing)
        body_layout.addStretch(1)
        self.scroll_area = FittingScrollArea(self.body, self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(ok_cancel(self, self.save))
        fit_on_screen(self)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the calendar file"),
            self.calendar_folder.text() or str(Path.home()))
        if folder:
            self.calendar_folder.setText(folder)

    def save(self) -> None:
        folder = self.calendar_folder.text().strip()
        if folder and not Path(folder).is_dir():
            self.calendar_error.show_message(self.tr("There is no folder {folder}.").format(
                folder=folder))
            self.calendar_folder.setFocus()
            return
        name = " ".join(self.device_name.text().split())
        if name != this_device(self.context.store).name and not run_action(
                self, lambda: rename_this_device(self.context.store, name)):
            return
        settings = self.context.settings
        old_language = str(settings.value(LANGUAGE_KEY, ""))
        new_language = str(self.language.currentData())
        settings.setValue(LANGUAGE_KEY, new_language)
        settings.setValue(THEME_KEY, self.theme.currentData())
        settings.setValue(REMINDER_KEY, self.reminder.value())
        settings.setValue(KEEP_RUNNING_KEY, self.keep_in_tray.isChecked())
        for kind, box in self.daily.items():
            settings.setValue(daily_key(kind), box.isChecked())
        settings.setValue(CALENDAR_FOLDER_KEY, folder)
        self.context.save_settings()
        parent = self.parentWidget()
        if parent is not None:  # a newly chosen folder gets its file at once
            for keeper in parent.window().findChildren(CalendarFileKeeper):
                keeper.write_now()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, str(self.theme.currentData()))
        self.accept()
        if new_language != old_language:
            self._language_changed(new_language)

    def _language_changed(self, language: str) -> None:
        """Switch the running window's texts; widgets built with tr() need a restart."""
        self.context.translators.install(language or system_language())
        inform(self.parentWidget(), self.tr("Language"), self.tr(
            "The new language applies fully after Tandem restarts."))
