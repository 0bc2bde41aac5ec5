"""The words of the demo tandem. Offsets are days relative to today."""

from __future__ import annotations

from typing import Any

L2A = "leader_to_assistant"
A2L = "assistant_to_leader"

TEXTS: dict[str, dict[str, Any]] = {
    "en": {
        "tandem": "Office of the Managing Director",
        "leader": "Claudia Berger",
        "assistant": "Jonas Weber",
        "areas": [
            ("travel", "Travel & events", "Business trips, conferences, hotel and train bookings",
             "assistant", -400, 20),
            ("finance", "Invoices & expenses", "Checking and releasing supplier invoices, "
             "expense reports", "shared", -300, 65),
            ("calendar", "Calendar & correspondence", "Diary, meeting requests, the shared inbox",
             "assistant", -420, 110),
            ("board", "Board preparation", "Papers and minutes for the quarterly board meeting",
             "leader", -200, 150),
        ],
        "access": [
            ("Shared inbox office@", "account", "Read, sort and answer on Claudia's behalf",
             -410, 6, "calendar", "", None),
            ("Travel portal", "system", "Book trips for Claudia up to the travel policy",
             -390, 12, "travel", "", None),
            ("Corporate card (travel)", "budget", "Up to 800 EUR per trip without asking",
             -300, 6, "travel", "", None),
            ("Accounting system", "system", "Approve supplier invoices up to 1,000 EUR",
             -250, 3, "finance", "Second approver: finance team", None),
            ("Board folder", "folder", "Read and file board papers", -190, 12, "board", "", None),
            ("Signing authority for standard letters", "authority",
             "Sign acknowledgements and appointment letters", -150, 12, None, "", None),
            ("Old CRM", "system", "Read customer records", -400, 12, None,
             "Replaced by the new CRM", -60),
        ],
        "questions": [
            ("Should I accept meeting requests from new suppliers directly?",
             "Three requests this week", "assistant", -9, "week", "", 0),
            ("Which board papers may I forward to the department heads?", "", "assistant", -4,
             "today", "", 0),
            ("May I move the Friday jour fixe when a customer call comes up?", "",
             "assistant", -2, "whenever", "", 0),
            ("Do we still need the paper filing for contracts?", "Scanning is complete",
             "leader", -20, "whenever", "", 0),
            ("How do you prefer to receive the weekly summary?", "", "assistant", -80,
             "week", "As a short e-mail on Friday afternoon, with the three most important "
             "points first.", -79),
            ("Can I book first class on trains?", "Long trips to Hamburg", "assistant", -120,
             "whenever", "Yes for trips over four hours; otherwise second class with a seat "
             "reservation.", -118),
        ],
        "rules": [
            ("travel", "Book business travel", "travel", 6, 7, "Up to 800 EUR per trip, "
             "economy class on flights under six hours",
             "Train to Munich, hotel for the trade fair, flight to Vienna", -300, 60,
             [(-400, 3, "Start"), (-300, 5, "Works well"), (-120, 6, "Inform afterwards")]),
            ("invoices", "Release supplier invoices", "finance", 4, 6, "Up to 1,000 EUR, "
             "known suppliers only", "Office supplies, catering, printing", -250, 30,
             [(-250, 3, "Start"), (-90, 4, "Decide together")]),
            ("calendar", "Accept or decline meeting requests", "calendar", 6, 6,
             "Not for board members or key customers", "Internal requests, vendor demos",
             -400, 120, [(-400, 6, "From the start")]),
            ("hire", "Hire temporary help for events", "travel", 2, 4, "Budget set per event",
             "Hostesses for the trade fair stand", -100, 40, [(-100, 2, "")]),
            ("gifts", "Send gifts to business partners", "calendar", 5, 6, "Up to 50 EUR per "
             "gift, no alcohol for public sector partners",
             "Flowers for a birthday, book for a retirement", -200, 90, [(-200, 5, "")]),
        ],
        "series": "Weekly check-in",
        "standing": ["Priorities for the week", "Open questions", "Calendar for the next days"],
        "monthly": "Monthly planning",
        "monthly_place": "Claudia's office",
        "monthly_standing": ["Look back at the month", "Goals"],
        "meetings": [
            (25, 4, "Trade fair plan agreed. Invoices from printers now go through Jonas.",
             "Ask about the budget for next year.", "Shorter when nothing is urgent"),
            (18, 3, "Board papers: first draft on Thursday.", "",
             "Agenda came too late; send it the day before"),
            (11, 2, "Calls kept interrupting us.", "", "Phones off during the check-in"),
            (4, 3, "New CRM is live; old access revoked.", "",
             "Better with the agenda in advance"),
        ],
        "agenda": [
            (3, "Trade fair: confirm stand staff", "priority", True),
            (3, "Feedback on the board papers", "feedback", False),
            (None, "Suppliers' meeting requests", "question", False),
            (None, "Holiday cover in August", "topic", False),
            (None, "Raise the invoice limit to 1,500 EUR?", "decision", False),
        ],
        "goals": [
            ("fair", "Run the spring trade fair without an agency", "Plan and run the stand "
             "with our own team", "shared", 90, 40, "tasks", "active",
             "Jonas owns logistics and the staff plan", "travel"),
            ("paperless", "Paperless office by summer", "All contracts and invoices digital",
             "shared", 200, 65, "manual", "active", "Jonas sets up the filing structure",
             "finance"),
            ("grow", "Take over invoice approval completely", "Release all standard invoices "
             "alone within a year", "development", 240, 30, "manual", "active",
             "Learn the accounting rules; monthly review with finance", "finance"),
            ("board", "Board papers on time every quarter", "", "shared", -10, 100, "manual",
             "done", "Collects and formats the papers", "board"),
        ],
        "tasks": [
            ("Book hotel for the trade fair", "assistant", -3, "high", "open", "travel", "fair",
             "travel", "Near the exhibition centre"),
            ("Draft agenda for the board meeting", "assistant", 2, "high", "open", "board",
             None, None, ""),
            ("Approve stand design", "leader", 1, "normal", "open", None, "fair", None, ""),
            ("Scan the contract archive 2019-2021", "assistant", 14, "normal", "open",
             "finance", "paperless", None, ""),
            ("Answer the insurance letter", "leader", -5, "normal", "open", None, None, None, ""),
            ("Order business cards", "assistant", -12, "low", "done", None, "fair", None, ""),
            ("Set up the new CRM access", "assistant", -30, "normal", "done", None, None, None,
             ""),
            ("Staff plan for the stand", "assistant", 20, "normal", "open", "travel", "fair",
             "hire", ""),
        ],
        "agreements": [
            ("availability", "Jonas works Monday to Thursday, 8:30 to 15:00.", -400, 60),
            ("response_times", "Messages in the chat get an answer within two hours during "
             "working hours.", -380, 100),
            ("channels", "Chat for quick questions, e-mail for anything with attachments, "
             "a call when it is urgent.", -380, 100),
            ("urgent", "Urgent means: needed today. Call, do not write.", -300, 5),
            ("documentation", "Decisions from the check-in go into the meeting notes the "
             "same day.", -200, 160),
        ],
        "feedback": [
            (L2A, "appreciation", -6, "Board papers last quarter",
             "You collected every paper two days early", "I could read them calmly",
             "Keep that rhythm", "noted", False),
            (L2A, "suggestion", -40, "Trade fair planning", "Costs came in one by one",
             "I lost the overview", "Send one table with all costs each week", "discussed",
             False),
            (A2L, "suggestion", -31, "Short-notice requests on Fridays",
             "Tasks arrived after 14:00", "Hard to finish before I log off",
             "Could we agree urgent Friday tasks by noon?", "noted", False),
            (A2L, "appreciation", -50, "Decision on train class",
             "You answered within a day and wrote the rule down", "I can book without asking",
             "", "discussed", False),
            (L2A, "suggestion", -70, "Call with the supplier", "Promised a date before "
             "checking with me", "", "Check first when a date binds me", "discussed", True),
        ],
        "prompts": [
            "What should I start doing?",
            "What should I stop doing?",
            "What should I keep doing?",
            "What would make our check-ins more useful?",
            "Where do you need more information from me?",
            "Which decision would you like to take alone?",
        ],
        "visions": [
            ("Claudia concentrates on strategy and customers; the office runs itself.",
             "2 years", "Growth needs my time outside the office.",
             "Jonas runs the office day to day."),
            ("In two years Claudia spends half her time with customers and partners, and the "
             "office of the managing director runs reliably without her daily attention.",
             "2028", "The company is growing into two new markets, which needs the managing "
             "director outside the building.",
             "Jonas is the office manager: he decides travel, invoices and the calendar "
             "alone and brings only strategic questions to Claudia."),
        ],
        "health": [
            (-65, "assistant", (4, 3, 3, 3, 3), "Check-ins get interrupted"),
            (-35, "assistant", (4, 3, 4, 3, 4), "Feedback talk helped"),
            (-5, "assistant", (4.5, 3.5, 4, 4, 4), "Delegation rules help a lot"),
        ],
    },
    "de": {
        "tandem": "Büro der Geschäftsführung",
        "leader": "Claudia Berger",
        "assistant": "Jonas Weber",
        "areas": [
            ("travel", "Reisen & Veranstaltungen", "Dienstreisen, Messen, Hotel- und "
             "Bahnbuchungen", "assistant", -400, 20),
            ("finance", "Rechnungen & Spesen", "Lieferantenrechnungen prüfen und freigeben, "
             "Spesenabrechnungen", "shared", -300, 65),
            ("calendar", "Kalender & Korrespondenz", "Terminkalender, Terminanfragen, das "
             "gemeinsame Postfach", "assistant", -420, 110),
            ("board", "Beiratsvorbereitung", "Unterlagen und Protokolle für die "
             "Beiratssitzung", "leader", -200, 150),
        ],
        "access": [
            ("Gemeinsames Postfach buero@", "account", "Lesen, sortieren und in Claudias "
             "Namen antworten", -410, 6, "calendar", "", None),
            ("Reiseportal", "system", "Reisen für Claudia im Rahmen der Reiserichtlinie buchen",
             -390, 12, "travel", "", None),
            ("Firmenkreditkarte (Reisen)", "budget", "Bis 800 EUR pro Reise ohne Rückfrage",
             -300, 6, "travel", "", None),
            ("Buchhaltungssystem", "system", "Lieferantenrechnungen bis 1.000 EUR freigeben",
             -250, 3, "finance", "Zweite Freigabe: Finanzteam", None),
            ("Beiratsordner", "folder", "Beiratsunterlagen lesen und ablegen", -190, 12,
             "board", "", None),
            ("Zeichnungsbefugnis für Standardbriefe", "authority",
             "Eingangsbestätigungen und Terminbriefe unterschreiben", -150, 12, None, "", None),
            ("Altes CRM", "system", "Kundendaten lesen", -400, 12, None,
             "Durch das neue CRM ersetzt", -60),
        ],
        "questions": [
            ("Soll ich Terminanfragen neuer Lieferanten direkt annehmen?",
             "Drei Anfragen diese Woche", "assistant", -9, "week", "", 0),
            ("Welche Beiratsunterlagen darf ich an die Bereichsleitungen weiterleiten?", "",
             "assistant", -4, "today", "", 0),
            ("Darf ich den Jour fixe am Freitag verschieben, wenn ein Kundentermin kommt?", "",
             "assistant", -2, "whenever", "", 0),
            ("Brauchen wir die Papierablage für Verträge noch?", "Das Scannen ist fertig",
             "leader", -20, "whenever", "", 0),
            ("Wie möchtest du die Wochenübersicht bekommen?", "", "assistant", -80, "week",
             "Als kurze E-Mail am Freitagnachmittag, die drei wichtigsten Punkte zuerst.",
             -79),
            ("Darf ich bei Bahnfahrten erste Klasse buchen?", "Lange Fahrten nach Hamburg",
             "assistant", -120, "whenever", "Ja bei Fahrten über vier Stunden, sonst zweite "
             "Klasse mit Sitzplatzreservierung.", -118),
        ],
        "rules": [
            ("travel", "Dienstreisen buchen", "travel", 6, 7, "Bis 800 EUR pro Reise, "
             "Economy bei Flügen unter sechs Stunden",
             "Bahn nach München, Hotel zur Messe, Flug nach Wien", -300, 60,
             [(-400, 3, "Start"), (-300, 5, "Läuft gut"), (-120, 6, "Danach informieren")]),
            ("invoices", "Lieferantenrechnungen freigeben", "finance", 4, 6, "Bis 1.000 EUR, "
             "nur bekannte Lieferanten", "Büromaterial, Catering, Druckerei", -250, 30,
             [(-250, 3, "Start"), (-90, 4, "Gemeinsam entscheiden")]),
            ("calendar", "Terminanfragen annehmen oder absagen", "calendar", 6, 6,
             "Nicht bei Beiratsmitgliedern oder Schlüsselkunden",
             "Interne Anfragen, Produktvorführungen", -400, 120,
             [(-400, 6, "Von Anfang an")]),
            ("hire", "Aushilfen für Veranstaltungen beauftragen", "travel", 2, 4,
             "Budget je Veranstaltung festgelegt", "Standpersonal für die Messe", -100, 40,
             [(-100, 2, "")]),
            ("gifts", "Geschenke an Geschäftspartner senden", "calendar", 5, 6, "Bis 50 EUR "
             "pro Geschenk, kein Alkohol für öffentliche Auftraggeber",
             "Blumen zum Geburtstag, Buch zum Ruhestand", -200, 90, [(-200, 5, "")]),
        ],
        "series": "Wöchentlicher Check-in",
        "standing": ["Prioritäten der Woche", "Offene Fragen", "Kalender der nächsten Tage"],
        "monthly": "Monatsplanung",
        "monthly_place": "Claudias Büro",
        "monthly_standing": ["Rückblick auf den Monat", "Ziele"],
        "meetings": [
            (25, 4, "Messeplan steht. Rechnungen der Druckerei laufen jetzt über Jonas.",
             "Nach dem Budget fürs nächste Jahr fragen.", "Kürzer, wenn nichts dringend ist"),
            (18, 3, "Beiratsunterlagen: erster Entwurf am Donnerstag.", "",
             "Agenda kam zu spät; am Vortag schicken"),
            (11, 2, "Anrufe haben uns ständig unterbrochen.", "",
             "Telefone aus während des Check-ins"),
            (4, 3, "Neues CRM ist live; alter Zugang entzogen.", "",
             "Besser mit Agenda vorab"),
        ],
        "agenda": [
            (3, "Messe: Standpersonal bestätigen", "priority", True),
            (3, "Rückmeldung zu den Beiratsunterlagen", "feedback", False),
            (None, "Terminanfragen von Lieferanten", "question", False),
            (None, "Urlaubsvertretung im August", "topic", False),
            (None, "Rechnungsgrenze auf 1.500 EUR anheben?", "decision", False),
        ],
        "goals": [
            ("fair", "Frühjahrsmesse ohne Agentur stemmen", "Stand mit eigenem Team planen "
             "und betreuen", "shared", 90, 40, "tasks", "active",
             "Jonas verantwortet Logistik und Personalplan", "travel"),
            ("paperless", "Papierloses Büro bis zum Sommer", "Alle Verträge und Rechnungen "
             "digital", "shared", 200, 65, "manual", "active",
             "Jonas baut die Ablagestruktur auf", "finance"),
            ("grow", "Rechnungsfreigabe vollständig übernehmen", "Alle Standardrechnungen "
             "innerhalb eines Jahres allein freigeben", "development", 240, 30, "manual",
             "active", "Buchhaltungsregeln lernen; monatlicher Abgleich mit der Finanzabteilung",
             "finance"),
            ("board", "Beiratsunterlagen jedes Quartal pünktlich", "", "shared", -10, 100,
             "manual", "done", "Sammelt und formatiert die Unterlagen", "board"),
        ],
        "tasks": [
            ("Hotel für die Messe buchen", "assistant", -3, "high", "open", "travel", "fair",
             "travel", "In der Nähe des Messegeländes"),
            ("Tagesordnung für die Beiratssitzung entwerfen", "assistant", 2, "high", "open",
             "board", None, None, ""),
            ("Standdesign freigeben", "leader", 1, "normal", "open", None, "fair", None, ""),
            ("Vertragsarchiv 2019–2021 scannen", "assistant", 14, "normal", "open", "finance",
             "paperless", None, ""),
            ("Schreiben der Versicherung beantworten", "leader", -5, "normal", "open", None,
             None, None, ""),
            ("Visitenkarten bestellen", "assistant", -12, "low", "done", None, "fair", None, ""),
            ("Zugang zum neuen CRM einrichten", "assistant", -30, "normal", "done", None, None,
             None, ""),
            ("Personalplan für den Messestand", "assistant", 20, "normal", "open", "travel",
             "fair", "hire", ""),
        ],
        "agreements": [
            ("availability", "Jonas arbeitet Montag bis Donnerstag, 8:30 bis 15:00 Uhr.",
             -400, 60),
            ("response_times", "Nachrichten im Chat werden während der Arbeitszeit innerhalb "
             "von zwei Stunden beantwortet.", -380, 100),
            ("channels", "Chat für kurze Fragen, E-Mail für alles mit Anhängen, Anruf wenn "
             "es dringend ist.", -380, 100),
            ("urgent", "Dringend heißt: wird heute gebraucht. Anrufen, nicht schreiben.",
             -300, 5),
            ("documentation", "Entscheidungen aus dem Check-in kommen am selben Tag ins "
             "Protokoll.", -200, 160),
        ],
        "feedback": [
            (L2A, "appreciation", -6, "Beiratsunterlagen im letzten Quartal",
             "Du hattest alle Unterlagen zwei Tage früher beisammen",
             "Ich konnte sie in Ruhe lesen", "Diesen Rhythmus beibehalten", "noted", False),
            (L2A, "suggestion", -40, "Messeplanung", "Kosten kamen einzeln nacheinander",
             "Ich habe den Überblick verloren",
             "Jede Woche eine Tabelle mit allen Kosten schicken", "discussed", False),
            (A2L, "suggestion", -31, "Kurzfristige Anfragen am Freitag",
             "Aufgaben kamen nach 14 Uhr", "Schwer vor Feierabend zu schaffen",
             "Können wir dringende Freitagsaufgaben bis mittags absprechen?", "noted", False),
            (A2L, "appreciation", -50, "Entscheidung zur Bahnklasse",
             "Du hast innerhalb eines Tages geantwortet und die Regel aufgeschrieben",
             "Ich kann ohne Rückfrage buchen", "", "discussed", False),
            (L2A, "suggestion", -70, "Telefonat mit dem Lieferanten",
             "Einen Termin zugesagt, bevor du mit mir gesprochen hast", "",
             "Erst fragen, wenn ein Termin mich bindet", "discussed", True),
        ],
        "prompts": [
            "Was sollte ich künftig tun?",
            "Was sollte ich lassen?",
            "Was sollte ich beibehalten?",
            "Was würde unsere Check-ins nützlicher machen?",
            "Wo brauchst du mehr Informationen von mir?",
            "Welche Entscheidung würdest du gern allein treffen?",
        ],
        "visions": [
            ("Claudia konzentriert sich auf Strategie und Kunden; das Büro läuft von selbst.",
             "2 Jahre", "Wachstum braucht meine Zeit außerhalb des Büros.",
             "Jonas führt das Büro im Alltag."),
            ("In zwei Jahren verbringt Claudia die Hälfte ihrer Zeit bei Kunden und Partnern, "
             "und das Büro der Geschäftsführung läuft verlässlich ohne ihre tägliche "
             "Aufmerksamkeit.", "2028", "Das Unternehmen wächst in zwei neue Märkte; dafür "
             "muss die Geschäftsführung öfter unterwegs sein.",
             "Jonas leitet das Büro: Er entscheidet Reisen, Rechnungen und Termine allein und "
             "bringt nur strategische Fragen zu Claudia."),
        ],
        "health": [
            (-65, "assistant", (4, 3, 3, 3, 3), "Check-ins werden oft unterbrochen"),
            (-35, "assistant", (4, 3, 4, 3, 4), "Das Feedbackgespräch hat geholfen"),
            (-5, "assistant", (4.5, 3.5, 4, 4, 4), "Die Entscheidungsregeln helfen sehr"),
        ],
    },
}
