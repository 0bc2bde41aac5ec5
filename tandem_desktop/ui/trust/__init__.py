"""The Trust tab: questions and the information & access register."""
