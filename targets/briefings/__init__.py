"""Printed reports for leaders, read from the dashboards' snapshots: a plan's final evaluation
(终期评估, ``evaluation``), a zone's briefing for a month or quarter (简报, ``briefing``), what
changed between two dates (``changes``, also on every dashboard), their DOCX / PDF
(``documents``, charts in ``charts``) and the job that builds them (``builds``)."""
