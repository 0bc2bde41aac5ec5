"""The Communication tab: check-ins, meetings, agenda, agreements, tasks."""
