"""SQLite through sqlite-utils: opening, migrations, repositories, backups. No Qt."""
