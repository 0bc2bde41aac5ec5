"""The Delegation tab: areas, decision rules, the board and 'May I decide?'."""
