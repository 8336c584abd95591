"""Connection profiles in Settings: this laptop's own file (the default) or a room's
PostgreSQL server, with TLS when it crosses Wi-Fi; the password goes to the system's credential
store, never to settings.ini. The chosen profile is opened at the next start."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from ..core import credentials
from ..core.errors import TingjianError
from ..core.profiles import (EMBEDDED, SSL_MODES, Profile, load_profiles, put_profile,
                             remove_profile)
from . import settings as S
from .context import AppContext
from .feedback import Feedback
from .plain import plain_labels
from .qtutils import BlockSignals


class ConnectionsPanel(QGroupBox):
    def __init__(self, ctx: AppContext, feedback: Feedback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback = ctx, feedback
        self.choice = QComboBox()
        self.choice.setObjectName("connectionProfile")
        self.choice.currentIndexChanged.connect(lambda _i: self._show_choice())
        self.name, self.host, self.database, self.user = (QLineEdit() for _ in range(4))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setMaximumWidth(120)
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.ca_file = QLineEdit()
        self.ca_browse = QPushButton(clicked=self._browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("connectionPassword")
        self.ask_each_start = QCheckBox()
        self.store_note = QLabel()
        self.store_note.setWordWrap(True)
        self.store_note.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(clicked=self.save_profile)
        self.use_button = QPushButton(clicked=self.use_choice)
        self.delete_button = QPushButton(clicked=self.delete_profile)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.labels = {key: QLabel() for key in ("name", "host", "port", "database", "user",
                                                "sslmode", "ca", "password")}
        for key, widget in (("name", self.name), ("host", self.host), ("port", self.port),
                            ("database", self.database), ("user", self.user),
                            ("sslmode", self.sslmode), ("ca", ca_row),
                            ("password", self.password)):
            form.addRow(self.labels[key], widget)
        form.addRow("", self.ask_each_start)
        form.addRow("", self.store_note)
        buttons = QHBoxLayout()
        for button in (self.use_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QFormLayout()
        self._kept = False  # the chosen profile's password is in the credential store
        self.choice_label = QLabel()
        top.addRow(self.choice_label, self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.fill()
        self.retranslate()
        plain_labels(self)

    # --- the list ---------------------------------------------------------------------------
    def fill(self, select: str | None = None) -> None:
        current = self.ctx.prefs.get(S.CONNECTION_PROFILE) if select is None else select
        with BlockSignals(self.choice):
            self.choice.clear()
            self.choice.addItem("", EMBEDDED)
            for profile in load_profiles():
                self.choice.addItem(profile.name, profile.name)
            self.choice.addItem("", None)  # "New server connection…"
            self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self._show_choice()

    def chosen(self) -> Profile | None:
        name = self.choice.currentData()
        return next((p for p in load_profiles() if p.name == name), None) if name else None

    def _show_choice(self) -> None:
        name = self.choice.currentData()
        self.form.setVisible(name != EMBEDDED)
        self.delete_button.setEnabled(bool(name))
        self.use_button.setEnabled(name is not None)
        profile = self.chosen()
        if profile is None and name is None:
            profile = Profile(name="", host="")
        if profile is not None:
            self.name.setText(profile.name)
            self.host.setText(profile.host)
            self.port.setValue(profile.port)
            self.database.setText(profile.database)
            self.user.setText(profile.user)
            self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(profile.sslmode)))
            self.ca_file.setText(profile.ca_file)
            self.ask_each_start.setChecked(profile.ask_password or not credentials.available())
            self.password.clear()
            self._kept = bool(profile.host) and credentials.load(profile.account) is not None
        self._show_store()

    def _show_store(self) -> None:
        self.password.setPlaceholderText(self.tr("kept in the credential store") if self._kept
                                         else "")
        if credentials.available():
            self.ask_each_start.setEnabled(True)
            self.store_note.setText(self.tr(
                "The password is kept in the system's credential store, never in the settings "
                "file."))
        else:
            self.ask_each_start.setEnabled(False)
            self.ask_each_start.setChecked(True)
            self.store_note.setText(credentials.UNAVAILABLE.text(self.ctx.language))

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The server's CA certificate"),
                                              self.ca_file.text(),
                                              self.tr("Certificates (*.crt *.pem);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    # --- actions -----------------------------------------------------------------------------
    def _typed(self) -> Profile:
        return Profile(self.name.text(), self.host.text(), self.port.value(),
                       self.database.text(), self.user.text(), self.sslmode.currentData(),
                       self.ca_file.text(), self.ask_each_start.isChecked())

    def save_profile(self) -> Profile | None:
        """Keep the profile (and its password in the credential store, if one was typed)."""
        try:
            profile = put_profile(self._typed())
            password = self.password.text()
            if password and not profile.ask_password:
                if not credentials.store(profile.account, password):
                    self.status.setText(credentials.UNAVAILABLE.text(self.ctx.language))
            elif profile.ask_password:
                credentials.forget(profile.account)
        except TingjianError as exc:
            self.status.setText(exc.text(self.ctx.language))
            return None
        self.password.clear()
        self.fill(select=self.ctx.prefs.get(S.CONNECTION_PROFILE))
        self.choice.setCurrentIndex(max(0, self.choice.findData(profile.name)))
        self.status.setText(self.tr("Saved the connection {name}.").format(name=profile.name))
        return profile

    def use_choice(self) -> None:
        """Open the chosen connection from the next start on."""
        name = self.choice.currentData()
        if name is None:  # a new one: save it first
            profile = self.save_profile()
            if profile is None:
                return
            name = profile.name
        self.ctx.prefs.set(S.CONNECTION_PROFILE, name)
        where = self.tr("this laptop's own database file") if name == EMBEDDED else name
        self.status.setText(self.tr(
            "Tingjian opens {where} at the next start: close it and start it again.").format(
                where=where))

    def delete_profile(self) -> None:
        profile = self.chosen()
        if profile is None:
            return
        remove_profile(profile.name)
        credentials.forget(profile.account)
        if self.ctx.prefs.get(S.CONNECTION_PROFILE) == profile.name:
            self.ctx.prefs.set(S.CONNECTION_PROFILE, EMBEDDED)
        self.fill()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Connection (several laptops in one room)"))
        self.choice_label.setText(self.tr("Database to use"))
        self.choice.setItemText(0, self.tr("This laptop only (embedded database file)"))
        self.choice.setItemText(self.choice.count() - 1, self.tr("New server connection…"))
        names = {"name": self.tr("Name"), "host": self.tr("Server (host)"),
                 "port": self.tr("Port"), "database": self.tr("Database"),
                 "user": self.tr("User"), "sslmode": self.tr("TLS (sslmode)"),
                 "ca": self.tr("CA certificate file"), "password": self.tr("Password")}
        for key, label in self.labels.items():
            label.setText(names[key])
        self.ca_browse.setText(self.tr("Browse…"))
        self.ask_each_start.setText(self.tr("Ask for the password at each start"))
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.20 or room-server.local"))
        self.sslmode.setToolTip(self.tr(
            "require: encrypted; verify-full: encrypted and the server's certificate checked "
            "against the CA file (use it across Wi-Fi); disable: only on a cable you trust"))
        self.use_button.setText(self.tr("Use this connection"))
        self.save_button.setText(self.tr("Save profile"))
        self.delete_button.setText(self.tr("Delete profile"))
        self._show_store()
